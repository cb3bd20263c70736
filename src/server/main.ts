import path from 'node:path';
import { loadConfig } from './config.ts';
import { openDatabase } from '../db/client.ts';
import { systemClock } from '../lib/clock.ts';
import { MailDelivery } from '../modules/mail/delivery.ts';
import { buildApp } from './app.ts';
import { prepareData } from '../db/seed/prepare-data.ts';
import { startJobs } from '../jobs/runner.ts';

/** Starts the whole platform in one process: migrations, demo data, jobs, HTTP. */
async function main() {
  const started = performance.now();
  const config = loadConfig();
  const database = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: path.join(config.dataDir, 'pglite') },
  );
  const clock = systemClock;
  const mail = new MailDelivery(database.db, clock, config.smtpUrl, config.mailFrom);
  const deps = { config, database, clock, mail };
  const login = await prepareData(deps);
  const app = await buildApp(deps);
  mail.start();
  const jobs = startJobs(deps);
  await app.listen({ port: config.port, host: config.host });

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`InnoPort is ready at ${config.publicUrl} (${database.kind}, ${seconds} s)`);
  if (login) console.log(`Administrator login: ${login.email} / ${login.password}${login.demo ? '  (demo account)' : ''}`);
  if (!config.smtpUrl) console.log(`No SMTP_URL set: mail is kept in the dev mailbox at ${config.publicUrl}/en/admin/mailbox`);

  const shutdown = async () => {
    jobs.stop();
    await app.close();
    await mail.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
