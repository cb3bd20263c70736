import type { DbOrTx } from '../../db/client.ts';
import { hashSecret, newId, newSecret } from '../../lib/ids.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { renderMail } from '../mail/templates.ts';
import { emailTokens } from './schema.ts';

const VERIFY_TTL_MS = 48 * 3600_000;

/** Issues a single-use verification token and queues the mail that carries its link. */
export async function sendVerificationEmail(
  db: DbOrTx,
  user: { id: string; email: string; displayName: string; locale: string },
  ctx: { now: Date; publicUrl: string },
) {
  const token = newSecret();
  await db.insert(emailTokens).values({
    id: newId(),
    userId: user.id,
    purpose: 'verify',
    tokenHash: hashSecret(token),
    expiresAt: new Date(ctx.now.getTime() + VERIFY_TTL_MS),
    createdAt: ctx.now,
  });
  const link = `${ctx.publicUrl}/${user.locale}/verify-email?token=${encodeURIComponent(token)}`;
  const mail = renderMail('verifyEmail', user.locale, { name: user.displayName, link });
  await queueMail(db, { to: user.email, locale: user.locale, ...mail }, ctx.now);
}
