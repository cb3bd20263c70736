import type { Config } from './config.ts';
import type { Database } from '../db/client.ts';
import type { Clock } from '../lib/clock.ts';
import type { MailDelivery } from '../modules/mail/delivery.ts';

/** Everything the app needs from outside, built once in main.ts (or by tests). */
export interface AppDeps {
  config: Config;
  database: Database;
  clock: Clock;
  mail: MailDelivery;
}
