import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { consumeEmailToken, revokeEmailTokens } from './email-tokens.ts';
import { clearFailedLogins } from './login-throttle.ts';
import { hashPassword } from './password.ts';
import { users } from './schema.ts';
import { endAllSessions } from './sessions.ts';

/**
 * Sets a new password from a reset link. Every session of the user ends (whoever knew the
 * old password is signed out), other reset links die, and the login throttle is lifted.
 * The link arrived by mail, so it also proves the address: an unverified one becomes verified.
 */
export async function confirmPasswordReset(db: Db, input: { token: string; password: string }, ctx: { now: Date }) {
  // Hash before the transaction: scrypt is deliberately slow and must not hold row locks.
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, 'reset', input.token, ctx.now);
    const [u] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: ctx.now, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${ctx.now})` })
      .where(eq(users.id, userId))
      .returning({ email: users.email });
    await revokeEmailTokens(tx, userId, 'reset', ctx.now);
    await endAllSessions(tx, userId);
    await clearFailedLogins(tx, u.email);
  });
}
