import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Every mail the platform sends is written here first (in the same transaction as the
 * change that caused it), then delivered over SMTP when SMTP_URL is set. Without SMTP
 * the rows are the dev mailbox an administrator can read.
 */
export const mails = pgTable(
  'mails',
  {
    id: uuid('id').primaryKey(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    locale: text('locale').notNull(),
    createdAt: ts('created_at').notNull(),
    sentAt: ts('sent_at'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [index('mails_unsent_idx').on(t.sentAt, t.createdAt), index('mails_to_idx').on(t.toAddress)],
);
