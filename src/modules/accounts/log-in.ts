import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../server/http/errors.ts';
import { assertLoginAllowed, clearFailedLogins, recordFailedLogin } from './login-throttle.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import { users } from './schema.ts';
import { createSession } from './sessions.ts';

/**
 * Checks credentials and opens a session. The same error for unknown email and wrong
 * password, and the same throttle for both, so neither reveals whether an account exists.
 */
export async function logIn(
  db: Db,
  input: { email: string; password: string },
  ctx: { now: Date; ttlHours: number; ip: string | null; userAgent: string | null },
) {
  await assertLoginAllowed(db, input.email, ctx.now);
  const [u] = await db.select({ id: users.id, hash: users.passwordHash }).from(users).where(eq(users.email, input.email));
  const ok = await verifyPassword(input.password, u?.hash ?? DUMMY_HASH);
  if (!u || !ok) {
    await recordFailedLogin(db, input.email, ctx.ip, ctx.now);
    throw new AppError(401, 'auth.invalid_credentials', 'Email or password is wrong.');
  }
  await clearFailedLogins(db, input.email);
  const session = await createSession(db, u.id, ctx);
  return { userId: u.id, ...session };
}
