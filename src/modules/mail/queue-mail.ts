import type { DbOrTx } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { mails } from './schema.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  locale: string;
}

/**
 * Records a mail in the same transaction as the change that caused it, so a rolled-back
 * change never sends mail and a committed one never loses it. Delivery happens later.
 */
export async function queueMail(db: DbOrTx, mail: OutgoingMail, now: Date): Promise<string> {
  const id = newId();
  await db.insert(mails).values({
    id,
    toAddress: mail.to.toLowerCase(),
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html ?? null,
    locale: mail.locale,
    createdAt: now,
  });
  return id;
}
