import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { AppDeps } from '../../src/server/deps.ts';
import { ManualClock } from '../../src/lib/clock.ts';
import { MailDelivery } from '../../src/modules/mail/delivery.ts';
import { openTestDatabase, type DbKind } from './databases.ts';

export interface TestApp {
  kind: DbKind;
  app: FastifyInstance;
  deps: AppDeps;
  clock: ManualClock;
  close(): Promise<void>;
}

/** A whole app on a fresh database, with a manual clock and (optionally) a real SMTP server. */
export async function startTestApp(kind: DbKind, opts: { smtpUrl?: string; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  const clock = new ManualClock('2026-03-02T08:00:00Z');
  const config = loadConfig({
    PUBLIC_URL: 'http://innoport.test',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '1000',
    WRITE_RATE_LIMIT: '10000',
    DATA_DIR: `.test-data/files-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    WEB_DIST: '.test-data/no-web',
    ...(opts.smtpUrl ? { SMTP_URL: opts.smtpUrl } : {}),
    ...opts.env,
  });
  const mail = new MailDelivery(database.db, clock, config.smtpUrl, config.mailFrom);
  const deps: AppDeps = { config, database, clock, mail };
  const app = await buildApp(deps);
  await app.ready();
  return {
    kind,
    app,
    deps,
    clock,
    close: async () => {
      await app.close();
      await mail.stop();
      await database.close();
    },
  };
}

/** A caller with a session: sends its cookie and CSRF header on every request. */
export interface Client {
  userId: string | null;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export function clientFor(app: FastifyInstance, auth: { userId?: string; cookie?: string; csrf?: string; bearer?: string } = {}): Client {
  const headers: Record<string, string> = {};
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.csrf) headers['x-csrf-token'] = auth.csrf;
  if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
  const request = (o: InjectOptions): Promise<LightMyRequestResponse> => app.inject({ ...o, headers: { ...headers, ...(o.headers as Record<string, string>) } });
  return {
    userId: auth.userId ?? null,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, body) => request({ method: 'POST', url, payload: body as InjectOptions['payload'] }),
    patch: (url, body) => request({ method: 'PATCH', url, payload: body as InjectOptions['payload'] }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}
