import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { conflict, notFound } from '../../server/http/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { memberships } from './schema.ts';
import { requireOwner, requirePerson } from './organization.policy.ts';
import { loadOrganization } from './load-organization.ts';
import { countOwners } from './count-owners.ts';

/**
 * Owners remove members; anyone may remove themselves (leave). The last owner can do
 * neither, so an organisation is never left without someone able to manage it.
 */
export async function removeMember(db: Db, actor: Actor, input: { organizationId: string; userId: string }, ctx: { now: Date }) {
  requirePerson(actor);
  await db.transaction(async (tx) => {
    await loadOrganization(tx, input.organizationId, { lock: true });
    const leaving = input.userId === actor.userId && actor.memberships.has(input.organizationId);
    if (!leaving) requireOwner(actor, input.organizationId);
    const where = and(eq(memberships.organizationId, input.organizationId), eq(memberships.userId, input.userId));
    const [member] = await tx.select().from(memberships).where(where);
    if (!member) throw notFound('organization.member_not_found', 'This person is not a member of the organisation.');
    if (member.role === 'owner' && (await countOwners(tx, input.organizationId)) <= 1) {
      throw conflict('organization.last_owner', 'The last owner cannot be removed; make someone else an owner first.');
    }
    await tx.delete(memberships).where(where);
    await writeAudit(
      tx,
      actor,
      {
        action: 'organization.member_remove',
        entityType: 'organization',
        entityId: input.organizationId,
        before: { userId: input.userId, role: member.role },
        after: null,
      },
      ctx.now,
    );
  });
}
