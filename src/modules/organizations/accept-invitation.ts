import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { hashSecret } from '../../lib/ids.ts';
import { conflict, forbidden, notFound } from '../../server/http/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { invitations, memberships } from './schema.ts';
import { requirePerson } from './organization.policy.ts';

/**
 * Joins the organisation named in an invitation. The token proves the mail was received;
 * the signed-in account must also be the invited address, so a forwarded link is useless.
 */
export async function acceptInvitation(db: Db, actor: Actor, input: { token: string }, ctx: { now: Date }) {
  requirePerson(actor);
  return db.transaction(async (tx) => {
    const [inv] = await tx.select().from(invitations).where(eq(invitations.tokenHash, hashSecret(input.token)));
    if (!inv || inv.revokedAt) throw notFound('invitation.not_found', 'This invitation does not exist or was withdrawn.');
    if (inv.email !== actor.email?.toLowerCase()) {
      throw forbidden('invitation.email_mismatch', 'This invitation was sent to another email address. Sign in with that address to accept it.');
    }
    if (inv.acceptedAt) throw conflict('invitation.used', 'This invitation has already been accepted.');
    if (inv.expiresAt <= ctx.now) throw conflict('invitation.expired', 'This invitation has expired; ask for a new one.');
    // Claiming with a condition makes two simultaneous accepts of one link resolve to one.
    const claimed = await tx
      .update(invitations)
      .set({ acceptedAt: ctx.now })
      .where(and(eq(invitations.id, inv.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
      .returning({ id: invitations.id });
    if (claimed.length === 0) throw conflict('invitation.used', 'This invitation has already been accepted.');
    // An existing member keeps their role: an invitation never demotes anyone.
    const [joined] = await tx
      .insert(memberships)
      .values({ organizationId: inv.organizationId, userId: actor.userId, role: inv.role, createdAt: ctx.now })
      .onConflictDoNothing()
      .returning();
    const [membership] = joined
      ? [joined]
      : await tx.select().from(memberships).where(and(eq(memberships.organizationId, inv.organizationId), eq(memberships.userId, actor.userId)));
    await writeAudit(
      tx,
      actor,
      {
        action: 'organization.member_join',
        entityType: 'organization',
        entityId: inv.organizationId,
        after: { userId: actor.userId, role: membership.role, invitationId: inv.id },
      },
      ctx.now,
    );
    return { organizationId: inv.organizationId, role: membership.role };
  });
}
