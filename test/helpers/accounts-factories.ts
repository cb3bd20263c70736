import { eq, sql } from 'drizzle-orm';
import type { TestApp, Client } from './test-app.ts';
import { clientFor } from './test-app.ts';
import { unique } from './factories.ts';
import { hashSecret, newId, newSecret } from '../../src/lib/ids.ts';
import { mails } from '../../src/modules/mail/schema.ts';
import { apiTokens, organizations } from '../../src/modules/organizations/schema.ts';
import type { ReceivedMail } from './mail-server.ts';
import { linkIn } from './mail-server.ts';

/** Helpers for the accounts, mail and audit tests. */

export const put = (c: Client, url: string, body: unknown) => c.request({ method: 'PUT', url, payload: body as object });

export const freshEmail = (prefix = 'acct') => `${unique(prefix)}@example.org`;

/** Signs in through the real endpoint and returns a client carrying that session's cookie and CSRF token. */
export async function logInViaApi(t: TestApp, email: string, password: string) {
  const res = await clientFor(t.app).post('/api/v1/auth/login', { email, password });
  if (res.statusCode !== 200) return { res, client: null };
  const cookie = res.cookies.find((c) => c.name === 'ip_session')!;
  const client = clientFor(t.app, { cookie: `ip_session=${cookie.value}`, csrf: res.json().csrfToken });
  return { res, client };
}

/** The token of the link in a mail (verification or reset). */
export const tokenFromMail = (mail: ReceivedMail, pathPart: string) => linkIn(mail, pathPart).searchParams.get('token')!;

/** How many mails were queued for an address (the dev mailbox, whether or not SMTP delivered them). */
export async function mailCount(t: TestApp, to: string): Promise<number> {
  const [r] = await t.deps.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(mails)
    .where(eq(mails.toAddress, to.toLowerCase()));
  return Number(r.n);
}

/** An organisation API token created by `userId` (rows written directly: only the bearer matters here). */
export async function makeApiTokenFor(t: TestApp, userId: string): Promise<string> {
  const { db } = t.deps.database;
  const now = t.clock.now();
  const orgId = newId();
  await db.insert(organizations).values({ id: orgId, type: 'university', country: 'TH', originalLang: 'en', createdAt: now, updatedAt: now });
  const secret = newSecret();
  await db.insert(apiTokens).values({
    id: newId(),
    organizationId: orgId,
    name: 'test',
    tokenHash: hashSecret(secret),
    scopes: ['listings:read'],
    createdBy: userId,
    createdAt: now,
  });
  return secret;
}
