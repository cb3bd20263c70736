import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { hashSecret, newId, newSecret } from '../../lib/ids.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { renderMail } from '../mail/templates.ts';
import { countRecentTokens } from './email-tokens.ts';
import { emailTokens, users } from './schema.ts';

export const RESET_TTL_MS = 3600_000;
/** Caps the reset mails one account can be sent per hour; beyond it requests are silently ignored. */
export const RESET_MAILS_PER_HOUR = 5;

/**
 * Mails a one-hour reset link when the account exists. The caller answers the same way
 * whether or not it does, so the endpoint cannot be used to find out who has an account.
 */
export async function requestPasswordReset(db: Db, input: { email: string }, ctx: { now: Date; publicUrl: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const [u] = await tx.select().from(users).where(eq(users.email, input.email)).for('update');
    if (!u) return;
    const sent = await countRecentTokens(tx, u.id, 'reset', new Date(ctx.now.getTime() - 3600_000));
    if (sent >= RESET_MAILS_PER_HOUR) return;
    const token = newSecret();
    await tx.insert(emailTokens).values({
      id: newId(),
      userId: u.id,
      purpose: 'reset',
      tokenHash: hashSecret(token),
      expiresAt: new Date(ctx.now.getTime() + RESET_TTL_MS),
      createdAt: ctx.now,
    });
    const link = `${ctx.publicUrl}/${u.locale}/reset-password?token=${encodeURIComponent(token)}`;
    const mail = renderMail('resetPassword', u.locale, { name: u.displayName, link });
    await queueMail(tx, { to: u.email, locale: u.locale, ...mail }, ctx.now);
  });
}
