import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { conflict } from '../../server/http/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { organizations } from './schema.ts';
import { requireOwner, requirePerson } from './organization.policy.ts';
import { loadOrganization } from './load-organization.ts';

/** An owner asks the operator of the organisation's country to verify it. */
export async function requestVerification(db: Db, actor: Actor, organizationId: string, ctx: { now: Date }) {
  requirePerson(actor);
  return db.transaction(async (tx) => {
    const before = await loadOrganization(tx, organizationId, { lock: true });
    requireOwner(actor, before.id);
    if (before.verificationStatus === 'pending' || before.verificationStatus === 'verified') {
      throw conflict(
        before.verificationStatus === 'pending' ? 'organization.verification_pending' : 'organization.already_verified',
        before.verificationStatus === 'pending' ? 'Verification has already been requested.' : 'The organisation is already verified.',
      );
    }
    const [row] = await tx
      .update(organizations)
      .set({ verificationStatus: 'pending', updatedAt: ctx.now })
      .where(eq(organizations.id, before.id))
      .returning();
    await writeAudit(
      tx,
      actor,
      {
        action: 'organization.request_verification',
        entityType: 'organization',
        entityId: before.id,
        before: { verificationStatus: before.verificationStatus },
        after: { verificationStatus: 'pending' },
      },
      ctx.now,
    );
    return row;
  });
}
