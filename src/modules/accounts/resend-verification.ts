import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { AppError, conflict } from '../../server/http/errors.ts';
import type { Actor } from './actor.ts';
import { requireSessionUser } from './account.policy.ts';
import { countRecentTokens } from './email-tokens.ts';
import { users } from './schema.ts';
import { sendVerificationEmail } from './send-verification-email.ts';

/** At most this many verification mails per account and hour, counted in the database. */
export const VERIFY_MAILS_PER_HOUR = 5;

/** Sends a fresh verification link to the signed-in user; older links stay valid until they expire. */
export async function resendVerification(db: Db, actor: Actor, ctx: { now: Date; publicUrl: string }) {
  requireSessionUser(actor);
  return db.transaction(async (tx) => {
    // Lock the user row so concurrent resends count each other's tokens.
    const [u] = await tx.select().from(users).where(eq(users.id, actor.userId)).for('update');
    if (u.emailVerifiedAt) throw conflict('account.already_verified', 'Your email address is already confirmed.');
    const sent = await countRecentTokens(tx, u.id, 'verify', new Date(ctx.now.getTime() - 3600_000));
    if (sent >= VERIFY_MAILS_PER_HOUR) {
      throw new AppError(429, 'auth.too_many_mails', 'Too many verification mails were sent. Try again in an hour.');
    }
    await sendVerificationEmail(tx, { id: u.id, email: u.email, displayName: u.displayName, locale: u.locale }, ctx);
  });
}
