import { and, desc, eq, getTableColumns, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { requireAdmin } from '../accounts/account.policy.ts';
import { users } from '../accounts/schema.ts';
import { auditLog } from './schema.ts';
import { presentAuditEntry } from './audit.presenter.ts';

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  action?: string;
  cursor?: string;
  limit: number;
}

/** The audit trail, newest first (ids grow with every insert), for administrators only. */
export async function listAudit(db: Db, actor: Actor, f: AuditFilter) {
  requireAdmin(actor);
  const where: SQL[] = [];
  if (f.entityType) where.push(eq(auditLog.entityType, f.entityType));
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.action) where.push(eq(auditLog.action, f.action));
  if (f.cursor) where.push(lt(auditLog.id, Number(f.cursor)));
  const rows = await db
    .select({ ...getTableColumns(auditLog), actorName: users.displayName, actorEmail: users.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(f.limit + 1);
  const page = rows.slice(0, f.limit);
  return {
    items: page.map(presentAuditEntry),
    nextCursor: rows.length > f.limit ? String(page[page.length - 1].id) : null,
  };
}
