import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from './actor.ts';
import { users } from './schema.ts';
import type { sessionUser } from './account.schemas.ts';

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
