import { z } from 'zod';
import { pageQuery } from '../../server/http/schemas.ts';

export const auditQuery = pageQuery.extend({
  entityType: z.string().trim().min(1).max(100).optional(),
  entityId: z.string().trim().min(1).max(200).optional(),
  action: z.string().trim().min(1).max(100).optional(),
  /** The id of the last entry of the previous page. */
  cursor: z.string().regex(/^\d{1,18}$/, 'Must be a cursor returned by the previous page.').optional(),
});

export const auditEntry = z.object({
  id: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  actor: z.object({ id: z.string(), displayName: z.string().nullable(), email: z.string().nullable() }).nullable(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntry>;

export const auditPage = z.object({ items: z.array(auditEntry), nextCursor: z.string().nullable() });
