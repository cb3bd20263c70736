import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { conflict, notFound } from '../../server/http/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import type { MemberRole } from '../taxonomy/enums.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { memberships } from './schema.ts';
import { requireOwner, requirePerson } from './organization.policy.ts';
import { loadOrganization } from './load-organization.ts';
import { countOwners } from './count-owners.ts';

/** Owners change members' roles; an organisation always keeps at least one owner. */
export async function changeMemberRole(
  db: Db,
  actor: Actor,
  input: { organizationId: string; userId: string; role: MemberRole },
  ctx: { now: Date },
) {
  requirePerson(actor);
  return db.transaction(async (tx) => {
    // The row lock serialises membership changes, so two owners cannot demote each other at once.
    await loadOrganization(tx, input.organizationId, { lock: true });
    requireOwner(actor, input.organizationId);
    const where = and(eq(memberships.organizationId, input.organizationId), eq(memberships.userId, input.userId));
    const [member] = await tx.select().from(memberships).where(where);
    if (!member) throw notFound('organization.member_not_found', 'This person is not a member of the organisation.');
    if (member.role === input.role) return member;
    if (member.role === 'owner' && (await countOwners(tx, input.organizationId)) <= 1) {
      throw conflict('organization.last_owner', 'The last owner cannot be demoted; make someone else an owner first.', {
        role: 'The organisation needs at least one owner.',
      });
    }
    const [updated] = await tx.update(memberships).set({ role: input.role }).where(where).returning();
    await writeAudit(
      tx,
      actor,
      {
        action: 'organization.member_role',
        entityType: 'organization',
        entityId: input.organizationId,
        before: { userId: input.userId, role: member.role },
        after: { userId: input.userId, role: input.role },
      },
      ctx.now,
    );
    return updated;
  });
}
