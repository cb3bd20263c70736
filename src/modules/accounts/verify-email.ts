import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { consumeEmailToken } from './email-tokens.ts';
import { users } from './schema.ts';

/**
 * Confirms the address a verification link was sent to. Needs no session: the link may be
 * opened on another device; holding the token is the proof.
 */
export async function verifyEmail(db: Db, input: { token: string }, ctx: { now: Date }) {
  return db.transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, 'verify', input.token, ctx.now);
    // Keep the first verification time if the address was already confirmed.
    await tx
      .update(users)
      .set({ emailVerifiedAt: ctx.now, updatedAt: ctx.now })
      .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)));
    return { userId };
  });
}
