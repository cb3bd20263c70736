import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { hashSecret } from '../../lib/ids.ts';
import { AppError, badRequest } from '../../server/http/errors.ts';
import { emailTokens } from './schema.ts';

export type EmailTokenPurpose = 'verify' | 'reset';

/**
 * Marks a mailed token used and returns its user. The update is conditional (unused and
 * unexpired), so two concurrent requests with one token cannot both succeed. When nothing
 * matched, a second read tells the caller why: unknown (400) or used/expired (410, gone).
 */
export async function consumeEmailToken(db: DbOrTx, purpose: EmailTokenPurpose, token: string, now: Date): Promise<string> {
  const tokenHash = hashSecret(token);
  const [hit] = await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.tokenHash, tokenHash), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, now)))
    .returning({ userId: emailTokens.userId });
  if (hit) return hit.userId;

  const [row] = await db
    .select({ usedAt: emailTokens.usedAt })
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, tokenHash), eq(emailTokens.purpose, purpose)));
  if (!row) throw badRequest('auth.token_invalid', 'This link is not valid.', { token: 'Unknown token.' });
  if (row.usedAt) throw new AppError(410, 'auth.token_used', 'This link has already been used.');
  throw new AppError(410, 'auth.token_expired', 'This link has expired. Ask for a new one.');
}

/** Ends every other outstanding token of that purpose, e.g. older reset links once one was used. */
export async function revokeEmailTokens(db: DbOrTx, userId: string, purpose: EmailTokenPurpose, now: Date) {
  await db
    .update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)));
}

/** How many tokens of a purpose a user was sent since `since`: caps how much mail one account can trigger. */
export async function countRecentTokens(db: DbOrTx, userId: string, purpose: EmailTokenPurpose, since: Date): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(emailTokens)
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), gt(emailTokens.createdAt, since)));
  return Number(r?.n ?? 0);
}
