import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { operatorCountries, sessions, users } from './schema.ts';
import { apiTokens, memberships } from '../organizations/schema.ts';
import type { MemberRole } from '../taxonomy/enums.ts';
import { hashSecret } from '../../lib/ids.ts';

/**
 * Who is acting. Every command receives one and checks its own authorization, so the
 * API, jobs and the CLI are held to the same rules.
 */
export interface Actor {
  userId: string | null;
  email: string | null;
  displayName: string | null;
  locale: string;
  isAdmin: boolean;
  emailVerified: boolean;
  /** Countries this user operates for as a national operator. */
  operatorCountries: string[];
  /** Organisation id → role. */
  memberships: Map<string, MemberRole>;
  /** Set when acting through an organisation API token: only that organisation and these scopes. */
  token: { id: string; organizationId: string; scopes: string[] } | null;
  ip: string | null;
}

export const anonymousActor = (ip: string | null = null, locale = 'en'): Actor => ({
  userId: null,
  email: null,
  displayName: null,
  locale,
  isAdmin: false,
  emailVerified: false,
  operatorCountries: [],
  memberships: new Map(),
  token: null,
  ip,
});

export async function loadUserActor(db: DbOrTx, userId: string, ip: string | null): Promise<Actor | null> {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  if (!u) return null;
  const [countries, ms] = await Promise.all([
    db.select({ c: operatorCountries.country }).from(operatorCountries).where(eq(operatorCountries.userId, userId)),
    db
      .select({ org: memberships.organizationId, role: memberships.role })
      .from(memberships)
      .where(eq(memberships.userId, userId)),
  ]);
  return {
    userId: u.id,
    email: u.email,
    displayName: u.displayName,
    locale: u.locale,
    isAdmin: u.isAdmin,
    emailVerified: u.emailVerifiedAt !== null,
    operatorCountries: countries.map((c) => c.c),
    memberships: new Map(ms.map((m) => [m.org, m.role as MemberRole])),
    token: null,
    ip,
  };
}

export interface SessionInfo {
  sessionId: string;
  csrfToken: string;
  actor: Actor;
}

export async function loadSessionActor(db: DbOrTx, cookieValue: string, now: Date, ip: string | null): Promise<SessionInfo | null> {
  const id = hashSecret(cookieValue);
  const [s] = await db
    .select({ userId: sessions.userId, csrf: sessions.csrfToken })
    .from(sessions)
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  if (!s) return null;
  const actor = await loadUserActor(db, s.userId, ip);
  return actor ? { sessionId: id, csrfToken: s.csrf, actor } : null;
}

/** An API token acts as its organisation with the role "editor", limited by its scopes. */
export async function loadTokenActor(db: DbOrTx, bearer: string, now: Date, ip: string | null): Promise<Actor | null> {
  const [t] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashSecret(bearer)), isNull(apiTokens.revokedAt)));
  if (!t) return null;
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, t.id));
  return {
    ...anonymousActor(ip),
    userId: t.createdBy,
    emailVerified: true,
    memberships: new Map([[t.organizationId, 'editor' as MemberRole]]),
    token: { id: t.id, organizationId: t.organizationId, scopes: t.scopes },
  };
}

export const isSignedIn = (a: Actor): a is Actor & { userId: string } => a.userId !== null;
export const roleIn = (a: Actor, orgId: string): MemberRole | undefined => a.memberships.get(orgId);
export const canEditFor = (a: Actor, orgId: string) => {
  const r = roleIn(a, orgId);
  return r === 'owner' || r === 'editor';
};
export const operatesIn = (a: Actor, country: string) => a.isAdmin || a.operatorCountries.includes(country);
export const hasScope = (a: Actor, scope: string) => !a.token || a.token.scopes.includes(scope);
