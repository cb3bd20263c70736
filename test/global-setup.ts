import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { openDatabase } from '../src/db/client.ts';
import { DB_KINDS, SNAPSHOT_DIR, adminQuery, runResources, urlForDatabase } from './helpers/databases.ts';

/** Migrates once per run: a PGlite snapshot and a template database on the server. */
export async function setup() {
  // Workers are started after this and inherit the variable.
  process.env.INNOPORT_TEST_RUN ??= `${process.pid}`;
  const { pgliteSnapshot, templateDb } = runResources();
  fs.mkdirSync(SNAPSHOT_DIR, { recursive: true });
  if (DB_KINDS.includes('pglite')) {
    const raw = await PGlite.create({ dataDir: 'memory://', extensions: { pg_trgm } });
    await migrate(drizzle(raw), { migrationsFolder: 'src/db/migrations' });
    const dump = await raw.dumpDataDir('gzip');
    fs.writeFileSync(pgliteSnapshot, Buffer.from(await dump.arrayBuffer()));
    await raw.close();
  }
  if (DB_KINDS.includes('postgres')) {
    await adminQuery(`DROP DATABASE IF EXISTS ${templateDb} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${templateDb}`);
    const db = await openDatabase({ databaseUrl: urlForDatabase(templateDb), poolSize: 1 });
    await db.close();
  }
}

export async function teardown() {
  const { pgliteSnapshot, templateDb } = runResources();
  fs.rmSync(pgliteSnapshot, { force: true });
  if (DB_KINDS.includes('postgres')) await adminQuery(`DROP DATABASE IF EXISTS ${templateDb} WITH (FORCE)`);
}
