/**
 * Checks the web app's message catalogs (src/web/i18n/messages/<locale>.json):
 *  - every key used in src/web through a literal t('…') call exists in all ten catalogs;
 *  - t() is never called with a non-literal key (so this check can see every key);
 *  - no catalog has keys that en.json (the reference) lacks, or misses keys en.json has;
 *  - every message parses as ICU MessageFormat and uses the same placeholders as English.
 * Run: npx tsx scripts/i18n-check.ts  (exit 1 and a list of problems when something is wrong)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export const LOCALES = ['zh-CN', 'en', 'th', 'vi', 'id', 'ms', 'fil', 'lo', 'km', 'my'] as const;
export const REFERENCE_LOCALE = 'en';

/** Files that define t() itself rather than call it. */
const DEFINES_T = new Set(['I18nProvider.tsx']);
/** Keys looked up at run time by prefix (error codes from the API), so unused-looking entries are expected. */
const DYNAMIC_PREFIXES = ['errors.'];

export interface CheckResult {
  problems: string[];
  warnings: string[];
  usedKeys: Set<string>;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'messages') walk(p, out);
    } else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(p);
  }
  return out;
}

/** Finds t('key') calls; reports t(...) calls whose first argument is not a plain string literal. */
export function extractKeys(source: string, file: string): { keys: string[]; problems: string[] } {
  const keys: string[] = [];
  const problems: string[] = [];
  const call = /(?<![\w$.])t\(\s*/g;
  let m: RegExpExecArray | null;
  while ((m = call.exec(source))) {
    const rest = source.slice(m.index + m[0].length);
    const lit = /^(['"])((?:\\.|(?!\1)[^\\\n])*)\1\s*[,)]/.exec(rest);
    const line = source.slice(0, m.index).split('\n').length;
    if (lit) keys.push(lit[2]);
    else problems.push(`${file}:${line}: t() must be called with a string literal key`);
  }
  return { keys, problems };
}

/** Placeholder names (arguments and tags) of a parsed ICU message, nested ones included. */
export function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        into.add(el.value);
        break;
      case TYPE.select:
      case TYPE.plural:
        into.add(el.value);
        for (const opt of Object.values(el.options)) placeholders(opt.value, into);
        break;
      case TYPE.tag:
        into.add(`<${el.value}>`);
        placeholders(el.children, into);
        break;
      default:
        break;
    }
  }
  return into;
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

export function checkCatalogs(opts: { webDir: string; messagesDir: string }): CheckResult {
  const problems: string[] = [];
  const warnings: string[] = [];
  const usedKeys = new Set<string>();

  for (const file of walk(opts.webDir)) {
    if (DEFINES_T.has(path.basename(file))) continue;
    const rel = path.relative(process.cwd(), file);
    const r = extractKeys(fs.readFileSync(file, 'utf8'), rel);
    r.keys.forEach((k) => usedKeys.add(k));
    problems.push(...r.problems);
  }

  const catalogs = new Map<string, Record<string, string>>();
  for (const locale of LOCALES) {
    const p = path.join(opts.messagesDir, `${locale}.json`);
    if (!fs.existsSync(p)) {
      problems.push(`${locale}: catalog file ${p} is missing`);
      continue;
    }
    try {
      catalogs.set(locale, JSON.parse(fs.readFileSync(p, 'utf8')));
    } catch (e) {
      problems.push(`${locale}: ${p} is not valid JSON (${(e as Error).message})`);
    }
  }
  const ref = catalogs.get(REFERENCE_LOCALE);
  if (!ref) return { problems, warnings, usedKeys };

  const refPlaceholders = new Map<string, Set<string>>();
  for (const [locale, messages] of catalogs) {
    for (const key of usedKeys) if (!(key in messages)) problems.push(`${locale}: missing key "${key}" (used in src/web)`);
    for (const key of Object.keys(ref)) if (!(key in messages) && !usedKeys.has(key)) problems.push(`${locale}: missing key "${key}" (present in en.json)`);
    for (const [key, text] of Object.entries(messages)) {
      if (locale !== REFERENCE_LOCALE && !(key in ref)) problems.push(`${locale}: extra key "${key}" not in en.json`);
      if (typeof text !== 'string') {
        problems.push(`${locale}: "${key}" is not a string`);
        continue;
      }
      let names: Set<string>;
      try {
        names = placeholders(parse(text));
      } catch (e) {
        problems.push(`${locale}: "${key}" is not valid ICU MessageFormat (${(e as Error).message})`);
        continue;
      }
      if (locale === REFERENCE_LOCALE) refPlaceholders.set(key, names);
    }
  }
  for (const [locale, messages] of catalogs) {
    if (locale === REFERENCE_LOCALE) continue;
    for (const [key, text] of Object.entries(messages)) {
      const want = refPlaceholders.get(key);
      if (!want || typeof text !== 'string') continue;
      let got: Set<string>;
      try {
        got = placeholders(parse(text));
      } catch {
        continue; // already reported
      }
      if (!sameSet(want, got)) {
        problems.push(`${locale}: "${key}" uses placeholders {${[...got].join(', ')}} but en.json uses {${[...want].join(', ')}}`);
      }
    }
  }
  for (const key of Object.keys(ref)) {
    if (!usedKeys.has(key) && !DYNAMIC_PREFIXES.some((p) => key.startsWith(p))) warnings.push(`en: key "${key}" is not used in src/web`);
  }
  return { problems, warnings, usedKeys };
}

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultPaths = { webDir: path.join(repo, 'src/web'), messagesDir: path.join(repo, 'src/web/i18n/messages') };

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = checkCatalogs(defaultPaths);
  for (const w of r.warnings) console.warn(`warning: ${w}`);
  if (r.problems.length) {
    for (const p of r.problems) console.error(p);
    console.error(`\ni18n check failed: ${r.problems.length} problem(s).`);
    process.exit(1);
  }
  console.log(`i18n check passed: ${r.usedKeys.size} keys used, ${LOCALES.length} locales.`);
}
