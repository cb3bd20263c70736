import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * All configuration comes from environment variables, parsed once here.
 * Defaults make `npm start` work on a fresh clone with no setup.
 */
export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  /** PostgreSQL server URL; when empty the embedded PGlite database in DATA_DIR is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionSecret: string;
  sessionTtlHours: number;
  /** Load the demo network into an empty database at start. */
  seedDemo: boolean;
  logLevel: string;
  /** Where the built web app lives; the server serves it when present. */
  webDist: string;
  uploadMaxBytes: number;
  loginRateLimitPerMinute: number;
  writeRateLimitPerMinute: number;
  production: boolean;
}

function bool(v: string | undefined, dflt: boolean): boolean {
  if (v === undefined || v === '') return dflt;
  return ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());
}

function int(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${v}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int('PORT', env.PORT, 3000);
  const production = env.NODE_ENV === 'production';
  const sessionSecret = env.SESSION_SECRET ?? '';
  if (production && sessionSecret.length < 32) {
    throw new Error('SESSION_SECRET must be set to at least 32 characters in production');
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'InnoPort <no-reply@innoport.local>',
    // A random per-process secret is fine for development: sessions live in the database,
    // the secret only signs the CSRF cookie.
    sessionSecret: sessionSecret || randomBytes(32).toString('hex'),
    sessionTtlHours: int('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 24 * 14),
    seedDemo: bool(env.SEED_DEMO, true),
    logLevel: env.LOG_LEVEL ?? (production ? 'info' : 'warn'),
    webDist: path.resolve(env.WEB_DIST ?? 'dist/web'),
    uploadMaxBytes: int('UPLOAD_MAX_BYTES', env.UPLOAD_MAX_BYTES, 10 * 1024 * 1024),
    loginRateLimitPerMinute: int('LOGIN_RATE_LIMIT', env.LOGIN_RATE_LIMIT, 10),
    writeRateLimitPerMinute: int('WRITE_RATE_LIMIT', env.WRITE_RATE_LIMIT, 120),
    production,
  };
}
