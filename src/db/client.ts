import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema.ts';

/** The one database handle type every command receives, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle is used exactly like the database handle. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenOptions {
  /** PostgreSQL server URL; when absent an embedded PGlite database is opened. */
  databaseUrl?: string;
  /** PGlite data folder; 'memory://' for a throwaway database. */
  dataDir?: string;
  /** A PGlite data-folder snapshot (from dumpDataDir) to start from — tests use it to skip initdb. */
  loadDataDir?: Blob;
  poolSize?: number;
}

/** Opens PGlite or node-postgres from configuration and applies pending migrations. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  const database = opts.databaseUrl ? await openPostgres(opts.databaseUrl, opts.poolSize) : await openPglite(opts);
  return database;
}

async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pg = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  // Dates come back as JS Date for timestamptz; bigint columns are mapped by Drizzle.
  const pool = new pg.default.Pool({ connectionString: url, max: poolSize });
  const db = drizzle(pool, { schema }) as unknown as Db;
  await migrateWithLock(url, () => migrate(drizzle(pool, { schema }), { migrationsFolder: MIGRATIONS }));
  return { db, kind: 'postgres', close: () => pool.end() };
}

/** Several app processes may start at once against one server: only one migrates at a time. */
async function migrateWithLock(url: string, run: () => Promise<void>): Promise<void> {
  const pg = await import('pg');
  // A connection of its own, so the lock never takes a slot the migrator needs from the pool.
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(727274)');
    try {
      await run();
    } finally {
      await client.query('SELECT pg_advisory_unlock(727274)');
    }
  } finally {
    await client.end();
  }
}

async function openPglite(opts: OpenOptions): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const dataDir = opts.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) fs.mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, loadDataDir: opts.loadDataDir, extensions: { pg_trgm } });
  const db = drizzle(client, { schema }) as unknown as Db;
  await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS });
  return { db, kind: 'pglite', close: () => client.close() };
}
