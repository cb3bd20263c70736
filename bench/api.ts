/**
 * npm run bench:api [-- --corpus ../shared/corpus/sbir-awards.jsonl.gz --rows 100000 --duration 10 --connections 20]
 *
 * Loads N published offers into a fresh database on the PostgreSQL server, starts the
 * platform as a separate process against it and drives it with autocannon on 127.0.0.1:
 * offer detail, a filtered offer list and offer creation. Then measures time to ready
 * for `npm start` on a fresh and on an existing PGlite data folder. Prints figures; it
 * never fails on speed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase } from '../src/db/client.ts';
import { listings, listingTexts } from '../src/modules/catalog/schema.ts';
import { memberships, organizations, organizationTexts } from '../src/modules/organizations/schema.ts';
import { users } from '../src/modules/accounts/schema.ts';
import { createSession } from '../src/modules/accounts/sessions.ts';
import { NETWORK_COUNTRIES, TRANSFER_MODES } from '../src/modules/taxonomy/enums.ts';
import { SUB_FIELD_CODES } from '../src/modules/taxonomy/field-codes.ts';
import { newId } from '../src/lib/ids.ts';
import { generatedDocs, readCorpus } from './corpus.ts';
import { startServer, stopServer } from '../test/helpers/server-process.ts';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string' },
    rows: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    'skip-startup': { type: 'boolean', default: false },
  },
});
const ROWS = Number(args.rows);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BENCH_DB = 'innoport_bench';
const PORT = 3391;

function dbUrl(name: string) {
  const u = new URL(SERVER_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: SERVER_URL });
  await c.connect();
  await c.query(sql);
  await c.end();
}

async function load() {
  await admin(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${BENCH_DB}`);
  const database = await openDatabase({ databaseUrl: dbUrl(BENCH_DB) });
  const { db } = database;
  const docs = args.corpus ? await readCorpus(args.corpus, Math.min(ROWS, 60_000)) : generatedDocs(5_000);
  console.log(`text: ${args.corpus ? `${docs.length} records from ${args.corpus}` : `${docs.length} generated records`}`);
  const now = new Date();
  const orgIds: string[] = [];
  for (let i = 0; i < 300; i++) {
    const id = newId();
    orgIds.push(id);
    await db.insert(organizations).values({ id, type: i % 2 ? 'university' : 'enterprise', country: NETWORK_COUNTRIES[i % 11], region: '', originalLang: 'en', verificationStatus: 'verified', createdAt: now, updatedAt: now });
    await db.insert(organizationTexts).values({ organizationId: id, lang: 'en', name: `Bench organisation ${i}`, description: '', source: 'original' });
  }
  const userId = newId();
  await db.insert(users).values({ id: userId, email: 'bench@example.org', passwordHash: 'x', displayName: 'Bench', emailVerifiedAt: now, createdAt: now, updatedAt: now });
  await db.insert(memberships).values({ organizationId: orgIds[0], userId, role: 'owner', createdAt: now });
  const session = await createSession(db, userId, { now, ttlHours: 48, ip: null, userAgent: 'bench' });

  const started = performance.now();
  const sampleIds: string[] = [];
  const BATCH = 1000;
  for (let off = 0; off < ROWS; off += BATCH) {
    const rows: (typeof listings.$inferInsert)[] = [];
    const texts: (typeof listingTexts.$inferInsert)[] = [];
    for (let i = off; i < Math.min(ROWS, off + BATCH); i++) {
      const id = newId();
      const doc = docs[i % docs.length];
      const publishedAt = new Date(now.getTime() - (i % 365) * 86_400_000);
      rows.push({
        id, kind: 'offer', organizationId: orgIds[i % orgIds.length], status: 'published', originalLang: 'en',
        fields: [SUB_FIELD_CODES[i % SUB_FIELD_CODES.length]], keywords: [], trl: (i % 9) + 1, ipStatus: 'granted_patent', patents: [],
        modes: [TRANSFER_MODES[i % TRANSFER_MODES.length]], countries: [NETWORK_COUNTRIES[(i * 3) % 11]], negotiable: true,
        publishedAt, lastConfirmedAt: publishedAt, expiresAt: new Date(publishedAt.getTime() + 365 * 86_400_000), createdAt: publishedAt, updatedAt: publishedAt,
      });
      texts.push({ listingId: id, lang: 'en', title: doc.title, summary: doc.text.slice(0, 400), description: doc.text, source: 'original', updatedAt: publishedAt });
      if (i % 10 === 0 && sampleIds.length < 10_000) sampleIds.push(id);
    }
    await db.insert(listings).values(rows);
    await db.insert(listingTexts).values(texts);
  }
  await db.execute('ANALYZE');
  const secs = (performance.now() - started) / 1000;
  console.log(`loaded ${ROWS} offers in ${secs.toFixed(1)} s (${Math.round(ROWS / secs)} rows/s)`);
  await database.close();
  return { sampleIds, orgId: orgIds[0], cookie: `ip_session=${session.token}`, csrf: session.csrfToken };
}

function offerBody(orgId: string, i: number) {
  return JSON.stringify({
    organizationId: orgId, originalLang: 'en',
    texts: [{ lang: 'en', title: `Bench offer ${i}`, summary: 'A benchmark offer created through the API.', description: 'Created by bench/api.ts.', applications: '', advantages: '' }],
    fields: ['energy.solar'], keywords: ['bench'], trl: 6, ipStatus: 'know_how', patents: [], transferModes: ['technical_service'],
    price: { amount: null, currency: null, negotiable: true }, targetCountries: ['TH'],
  });
}

async function drive(name: string, opts: autocannon.Options) {
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION, ...opts });
  const ok = r['2xx'];
  return { name, 'req/s': Math.round(r.requests.average), 'p50 ms': r.latency.p50, 'p99 ms': r.latency.p99, '2xx': ok, 'non-2xx': r.non2xx, errors: r.errors };
}

async function apiBench() {
  const { sampleIds, orgId, cookie, csrf } = await load();
  const server = await startServer(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    DATABASE_URL: dbUrl(BENCH_DB), SEED_DEMO: 'false', LOG_LEVEL: 'error', WRITE_RATE_LIMIT: '100000000', WEB_DIST: path.join(os.tmpdir(), 'innoport-no-web'), NODE_ENV: 'bench',
  }, PORT);
  const base = `http://127.0.0.1:${PORT}`;
  let n = 0;
  const filters = ['country=TH&trlMin=5', 'field=agri&trlMin=3&sort=newest', 'mode=joint_development&country=VN', 'orgType=university&trlMax=6&field=energy'];
  const results = [];
  results.push(await drive('offer detail', { url: base, requests: [{ setupRequest: (req) => ({ ...req, path: `/api/v1/offers/${sampleIds[n++ % sampleIds.length]}` }) }] }));
  results.push(await drive('filtered offer list', { url: base, requests: [{ setupRequest: (req) => ({ ...req, path: `/api/v1/offers?${filters[n++ % filters.length]}&limit=20` }) }] }));
  results.push(await drive('offer creation', {
    url: base,
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, path: '/api/v1/offers', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf }, body: offerBody(orgId, n++) }) }],
  }));
  await stopServer(server.child);
  console.log(`\nAPI on the PostgreSQL server, ${ROWS} offers, ${CONNECTIONS} connections, ${DURATION} s each (targets: detail ≥ 3,000 req/s p99 ≤ 25 ms; list ≥ 1,000 req/s p99 ≤ 60 ms)`);
  console.table(results);
}

async function startupBench() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innoport-start-'));
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'error' };
  const first = await startServer('npm', ['start', '--silent'], env, PORT + 1, 300_000);
  await stopServer(first.child);
  const again = [];
  for (let i = 0; i < 3; i++) {
    const s = await startServer('npm', ['start', '--silent'], env, PORT + 1, 120_000);
    again.push(s.readyMs);
    await stopServer(s.child);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  again.sort((a, b) => a - b);
  console.log('\n`npm start` time to ready (PGlite; targets: existing ≤ 5 s, first start with demo load ≤ 30 s)');
  console.table([
    { case: 'first start (initdb + migrations + demo load)', seconds: +(first.readyMs / 1000).toFixed(2) },
    { case: 'existing data folder (median of 3)', seconds: +(again[1] / 1000).toFixed(2) },
  ]);
}

await apiBench();
if (!args['skip-startup']) await startupBench();
