import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { hashSecret, newSecret } from '../../lib/ids.ts';
import { sessions } from './schema.ts';

/** Starts a session: the cookie value is returned once and only its hash is stored. */
export async function createSession(
  db: DbOrTx,
  userId: string,
  ctx: { now: Date; ttlHours: number; ip: string | null; userAgent: string | null },
) {
  const token = newSecret();
  const csrfToken = newSecret(24);
  const expiresAt = new Date(ctx.now.getTime() + ctx.ttlHours * 3600_000);
  await db.insert(sessions).values({
    id: hashSecret(token),
    userId,
    csrfToken,
    createdAt: ctx.now,
    expiresAt,
    ip: ctx.ip,
    userAgent: ctx.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

export async function endSession(db: DbOrTx, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** After a password change every other session of the user ends. */
export async function endAllSessions(db: DbOrTx, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** After changing the password while signed in, the current session stays and all others end. */
export async function endOtherSessions(db: DbOrTx, userId: string, keepSessionId: string) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
}
