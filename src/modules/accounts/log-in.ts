import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { AppError } from '../../server/http/errors.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import { users } from './schema.ts';
import { createSession } from './sessions.ts';

/** Checks credentials and opens a session. The same error for unknown email and wrong password. */
export async function logIn(
  db: Db,
  input: { email: string; password: string },
  ctx: { now: Date; ttlHours: number; ip: string | null; userAgent: string | null },
) {
  const [u] = await db.select({ id: users.id, hash: users.passwordHash }).from(users).where(eq(users.email, input.email));
  const ok = await verifyPassword(input.password, u?.hash ?? DUMMY_HASH);
  if (!u || !ok) throw new AppError(401, 'auth.invalid_credentials', 'Email or password is wrong.');
  const session = await createSession(db, u.id, ctx);
  return { userId: u.id, ...session };
}
