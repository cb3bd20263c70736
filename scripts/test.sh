#!/usr/bin/env bash
# The whole test suite: type check, translation check, unit, HTTP integration on PGlite and
# on the PostgreSQL server, and browser journeys in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"

need_pkgs=()
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans Thai' || need_pkgs+=(fonts-noto-core)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need_pkgs+=(fonts-noto-cjk)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${need_pkgs[*]} for the browser tests…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
  else
    echo "The browser tests need Debian's Chromium and the Noto fonts. Install them with:" >&2
    echo "  sudo apt-get install -y chromium fonts-noto-core fonts-noto-cjk" >&2
    exit 1
  fi
fi

# The server-database tests are never skipped: stop with a clear message if it is unreachable.
node -e "
const pg = require('pg');
const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
c.connect().then(() => c.end()).catch((e) => {
  console.error('PostgreSQL is not reachable at ' + process.env.TEST_DATABASE_URL + ': ' + e.message);
  console.error('Start it, or set TEST_DATABASE_URL to a server where the user may CREATE DATABASE.');
  process.exit(1);
});"

npx tsc --noEmit -p tsconfig.json
npx tsx scripts/i18n-check.ts
npx vite build --config src/web/vite.config.ts --logLevel warn
npx vitest run --reporter=default
