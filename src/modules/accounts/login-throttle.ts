import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { AppError } from '../../server/http/errors.ts';
import { loginAttempts } from './schema.ts';

/**
 * Per-account throttle on top of the per-IP rate limit: a password guesser spreading over
 * many addresses still gets at most MAX_FAILURES tries per window for one email. The cost
 * is that someone can lock an account for a quarter of an hour; resetting the password lifts it.
 */
export const LOGIN_THROTTLE = { maxFailures: 10, windowMs: 15 * 60_000 };

export async function assertLoginAllowed(db: DbOrTx, email: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMs);
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), gt(loginAttempts.attemptedAt, since)));
  if (Number(r?.n ?? 0) >= LOGIN_THROTTLE.maxFailures) {
    throw new AppError(429, 'auth.too_many_attempts', 'Too many failed sign-ins for this account. Try again in 15 minutes or reset your password.');
  }
}

export async function recordFailedLogin(db: DbOrTx, email: string, ip: string | null, now: Date): Promise<void> {
  await db.insert(loginAttempts).values({ id: newId(), email, ip, attemptedAt: now });
  // Rows outside the window no longer count; pruning here keeps the table small without a job.
  await db.delete(loginAttempts).where(lt(loginAttempts.attemptedAt, new Date(now.getTime() - LOGIN_THROTTLE.windowMs)));
}

export async function clearFailedLogins(db: DbOrTx, email: string): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.email, email));
}
