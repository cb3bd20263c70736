import type { auditLog } from './schema.ts';
import type { AuditEntryView } from './audit.schemas.ts';

type Row = typeof auditLog.$inferSelect & { actorName: string | null; actorEmail: string | null };

/** An audit entry as administrators read it: who (with name and email, if the user still exists), what, when. */
export function presentAuditEntry(r: Row): AuditEntryView {
  return {
    id: String(r.id),
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    actor: r.actorUserId ? { id: r.actorUserId, displayName: r.actorName, email: r.actorEmail } : null,
    before: r.before ?? null,
    after: r.after ?? null,
    reason: r.reason,
    ip: r.ip,
    createdAt: r.createdAt.toISOString(),
  };
}
