import { eq } from 'drizzle-orm';
import type { TestApp } from './test-app.ts';
import { clientFor, type Client } from './test-app.ts';
import { newId } from '../../src/lib/ids.ts';
import { hashPassword } from '../../src/modules/accounts/password.ts';
import { operatorCountries, users } from '../../src/modules/accounts/schema.ts';
import { createSession } from '../../src/modules/accounts/sessions.ts';
import { SESSION_COOKIE } from '../../src/server/http/auth.ts';

/**
 * Factories create data through the real tables with sensible defaults and let each test
 * override what it cares about. Every factory call makes unique data, so tests can run alone.
 */
export const DEFAULT_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | null = null;
const passwordHash = () => (cachedHash ??= hashPassword(DEFAULT_PASSWORD));
let seq = 0;
export const unique = (prefix = 'u') => `${prefix}${Date.now().toString(36)}${(seq++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export interface UserOptions {
  email?: string;
  displayName?: string;
  locale?: string;
  verified?: boolean;
  admin?: boolean;
  operatorFor?: string[];
}

export interface TestUser extends Client {
  userId: string;
  email: string;
  password: string;
  cookie: string;
  csrf: string;
}

export async function makeUser(t: TestApp, o: UserOptions = {}): Promise<TestUser> {
  const { db } = t.deps.database;
  const id = newId();
  const email = (o.email ?? `${unique('user')}@example.org`).toLowerCase();
  const now = t.clock.now();
  await db.insert(users).values({
    id,
    email,
    passwordHash: await passwordHash(),
    displayName: o.displayName ?? 'Test User',
    locale: o.locale ?? 'en',
    emailVerifiedAt: o.verified === false ? null : now,
    isAdmin: o.admin ?? false,
    createdAt: now,
    updatedAt: now,
  });
  for (const c of o.operatorFor ?? []) await db.insert(operatorCountries).values({ userId: id, country: c });
  return signIn(t, id, email);
}

export async function signIn(t: TestApp, userId: string, email: string): Promise<TestUser> {
  const s = await createSession(t.deps.database.db, userId, { now: t.clock.now(), ttlHours: 24 * 365, ip: null, userAgent: 'test' });
  const cookie = `${SESSION_COOKIE}=${s.token}`;
  return { ...clientFor(t.app, { userId, cookie, csrf: s.csrfToken }), userId, email, password: DEFAULT_PASSWORD, cookie, csrf: s.csrfToken };
}

export const anonymous = (t: TestApp) => clientFor(t.app);

export async function getUserRow(t: TestApp, id: string) {
  const [u] = await t.deps.database.db.select().from(users).where(eq(users.id, id));
  return u;
}
