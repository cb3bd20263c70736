import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { conflict, notFound } from '../../server/http/errors.ts';
import { writeAudit } from '../audit/write-audit.ts';
import type { Actor } from './actor.ts';
import { requireAdmin } from './account.policy.ts';
import { presentAdminUser } from './admin-user.presenter.ts';
import { users } from './schema.ts';

/**
 * Grants or removes administrator rights. Removing one's own is refused, so the network
 * can never be left without the administrator who is doing the change.
 */
export async function setAdmin(db: Db, actor: Actor, input: { userId: string; isAdmin: boolean }, ctx: { now: Date }) {
  requireAdmin(actor);
  if (input.userId === actor.userId && !input.isAdmin) {
    throw conflict('user.cannot_remove_own_admin', 'You cannot remove your own administrator rights; ask another administrator.');
  }
  return db.transaction(async (tx) => {
    const [u] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!u) throw notFound('user.not_found', 'No such user.');
    if (u.isAdmin === input.isAdmin) return presentAdminUser(tx, u);
    const [updated] = await tx.update(users).set({ isAdmin: input.isAdmin, updatedAt: ctx.now }).where(eq(users.id, u.id)).returning();
    await writeAudit(
      tx,
      actor,
      { action: 'user.set_admin', entityType: 'user', entityId: u.id, before: { isAdmin: u.isAdmin }, after: { isAdmin: input.isAdmin } },
      ctx.now,
    );
    return presentAdminUser(tx, updated);
  });
}
