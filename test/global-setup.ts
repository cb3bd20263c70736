import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { openDatabase } from '../src/db/client.ts';
import { DB_KINDS, PGLITE_SNAPSHOT, SNAPSHOT_DIR, TEMPLATE_DB, adminQuery, urlForDatabase } from './helpers/databases.ts';

/** Migrates once per run: a PGlite snapshot and a template database on the server. */
export async function setup() {
  fs.mkdirSync(SNAPSHOT_DIR, { recursive: true });
  if (DB_KINDS.includes('pglite')) {
    const raw = await PGlite.create({ dataDir: 'memory://', extensions: { pg_trgm } });
    await migrate(drizzle(raw), { migrationsFolder: 'src/db/migrations' });
    const dump = await raw.dumpDataDir('gzip');
    fs.writeFileSync(PGLITE_SNAPSHOT, Buffer.from(await dump.arrayBuffer()));
    await raw.close();
  }
  if (DB_KINDS.includes('postgres')) {
    await adminQuery(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${TEMPLATE_DB}`);
    const db = await openDatabase({ databaseUrl: urlForDatabase(TEMPLATE_DB), poolSize: 1 });
    await db.close();
  }
}
