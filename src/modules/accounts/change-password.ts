import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { badRequest } from '../../server/http/errors.ts';
import type { Actor } from './actor.ts';
import { requireSessionUser } from './account.policy.ts';
import { assertLoginAllowed, recordFailedLogin } from './login-throttle.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { users } from './schema.ts';
import { endOtherSessions } from './sessions.ts';

/**
 * Changes the password of the signed-in user after checking the current one. Other sessions
 * end (a stolen cookie stops working); the one that made the change stays signed in.
 */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  ctx: { now: Date; sessionId: string },
): Promise<void> {
  requireSessionUser(actor);
  const [u] = await db.select({ email: users.email, hash: users.passwordHash }).from(users).where(eq(users.id, actor.userId));
  // Guesses of the current password count against the same per-account throttle as sign-ins.
  await assertLoginAllowed(db, u.email, ctx.now);
  if (!(await verifyPassword(input.currentPassword, u.hash))) {
    await recordFailedLogin(db, u.email, actor.ip, ctx.now);
    throw badRequest('account.wrong_password', 'The current password is wrong.', { currentPassword: 'Wrong password.' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: ctx.now }).where(eq(users.id, actor.userId));
    await endOtherSessions(tx, actor.userId, ctx.sessionId);
  });
}
