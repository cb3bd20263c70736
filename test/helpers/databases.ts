import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/client.ts';

/**
 * Integration tests run against both databases the platform supports. Each test file gets
 * a fresh database: PGlite starts from a migrated snapshot (skipping initdb), the server
 * clones a migrated template database.
 */
export type DbKind = 'pglite' | 'postgres';
export const DB_KINDS: DbKind[] = (process.env.TEST_DB_KINDS ?? 'pglite,postgres').split(',') as DbKind[];

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const SNAPSHOT_DIR = path.resolve('.test-data');

/**
 * Names of this run's migrated snapshot and template database. They carry the id of the
 * run (set by the global setup, inherited by test workers), so several test runs on one
 * machine never drop each other's template.
 */
export function runResources(runId = process.env.INNOPORT_TEST_RUN ?? 'local') {
  return {
    pgliteSnapshot: path.join(SNAPSHOT_DIR, `pglite-migrated-${runId}.tar.gz`),
    templateDb: `innoport_test_template_${runId}`,
  };
}

export function urlForDatabase(name: string): string {
  const u = new URL(TEST_DATABASE_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function openTestDatabase(kind: DbKind): Promise<Database> {
  if (kind === 'pglite') {
    const blob = new Blob([fs.readFileSync(runResources().pgliteSnapshot)]);
    return openDatabase({ dataDir: 'memory://', loadDataDir: blob });
  }
  const name = `innoport_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${runResources().templateDb}`);
  const database = await openDatabase({ databaseUrl: urlForDatabase(name), poolSize: 5 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
