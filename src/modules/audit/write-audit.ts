import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { auditLog } from './schema.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/**
 * Appends an audit entry. Call it inside the transaction of the change it records, so
 * the entry exists exactly when the change does.
 */
export async function writeAudit(db: DbOrTx, actor: Actor | null, entry: AuditEntry, now: Date): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: actor?.userId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
    ip: actor?.ip ?? null,
    createdAt: now,
  });
}
