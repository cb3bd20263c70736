import { z } from 'zod';
import { pageQuery } from '../../server/http/schemas.ts';

export const mailboxQuery = pageQuery.extend({
  /** Recipient address (exact, case-insensitive). */
  to: z.string().trim().max(254).optional(),
  /** The id of the last mail of the previous page. */
  cursor: z.uuid({ message: 'Must be a cursor returned by the previous page.' }).optional(),
});

export const mailSummary = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  locale: z.string(),
  createdAt: z.string(),
  /** null while not delivered (always null without SMTP). */
  sentAt: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
});

export const mailDetail = mailSummary.extend({ text: z.string(), html: z.string().nullable() });

export const mailPage = z.object({ items: z.array(mailSummary), nextCursor: z.string().nullable() });
