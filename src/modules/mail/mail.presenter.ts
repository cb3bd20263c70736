import type { z } from 'zod';
import type { mails } from './schema.ts';
import type { mailDetail, mailSummary } from './mail.schemas.ts';

type Row = typeof mails.$inferSelect;

export function presentMailSummary(m: Row): z.infer<typeof mailSummary> {
  return {
    id: m.id,
    to: m.toAddress,
    subject: m.subject,
    locale: m.locale,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
    attempts: m.attempts,
    lastError: m.lastError,
  };
}

export function presentMail(m: Row): z.infer<typeof mailDetail> {
  return { ...presentMailSummary(m), text: m.textBody, html: m.htmlBody };
}
