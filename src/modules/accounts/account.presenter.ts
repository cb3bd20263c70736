import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.ts';
import { loadUserActor, type Actor } from './actor.ts';
import { users } from './schema.ts';
import type { profileResponse, sessionUser } from './account.schemas.ts';

/** The signed-in user as the web app sees it. */
export async function presentSessionUser(db: DbOrTx, actor: Actor): Promise<z.infer<typeof sessionUser> | null> {
  if (!actor.userId || actor.token) return null;
  const [u] = await db.select({ calendar: users.calendar }).from(users).where(eq(users.id, actor.userId));
  return {
    id: actor.userId,
    email: actor.email!,
    displayName: actor.displayName!,
    locale: actor.locale,
    calendar: u?.calendar ?? 'gregory',
    emailVerified: actor.emailVerified,
    isAdmin: actor.isAdmin,
    operatorCountries: actor.operatorCountries,
    memberships: [...actor.memberships].map(([organizationId, role]) => ({ organizationId, role })),
  };
}

/** The user's own profile, read fresh (after a change the request's actor is out of date). */
export async function presentProfile(db: DbOrTx, userId: string): Promise<z.infer<typeof profileResponse>> {
  const actor = await loadUserActor(db, userId, null);
  const [u] = await db.select({ createdAt: users.createdAt }).from(users).where(eq(users.id, userId));
  if (!actor || !u) throw new Error(`user ${userId} vanished`);
  return { ...(await presentSessionUser(db, actor))!, createdAt: u.createdAt.toISOString() };
}
