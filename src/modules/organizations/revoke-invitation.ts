import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../server/http/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { invitations } from './schema.ts';
import { requireOwner, requirePerson } from './organization.policy.ts';
import { loadOrganization } from './load-organization.ts';

/** Withdraws a pending invitation; revoking twice is harmless. */
export async function revokeInvitation(db: Db, actor: Actor, input: { organizationId: string; invitationId: string }, ctx: { now: Date }) {
  requirePerson(actor);
  return db.transaction(async (tx) => {
    await loadOrganization(tx, input.organizationId);
    requireOwner(actor, input.organizationId);
    const where = and(eq(invitations.id, input.invitationId), eq(invitations.organizationId, input.organizationId));
    const [inv] = await tx.select().from(invitations).where(where);
    if (!inv) throw notFound('invitation.not_found', 'No such invitation.');
    if (inv.acceptedAt || inv.revokedAt) return inv;
    const [row] = await tx.update(invitations).set({ revokedAt: ctx.now }).where(where).returning();
    await writeAudit(
      tx,
      actor,
      { action: 'organization.invitation_revoke', entityType: 'organization', entityId: input.organizationId, before: { invitationId: inv.id, email: inv.email } },
      ctx.now,
    );
    return row;
  });
}
