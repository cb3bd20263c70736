import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { conflict, forbidden } from '../../server/http/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { organizations } from './schema.ts';
import { canVerifyIn, requirePerson } from './organization.policy.ts';
import { loadOrganization } from './load-organization.ts';

type Decision = { verdict: 'verify' } | { verdict: 'reject'; reason: string };

/**
 * Shared by verify-organization and reject-verification: an operator of the organisation's
 * country (or an administrator) decides a pending request. The organisation is public, so an
 * operator of another country gets 403, not 404.
 */
export async function decideVerification(db: Db, actor: Actor, organizationId: string, decision: Decision, ctx: { now: Date }) {
  requirePerson(actor);
  return db.transaction(async (tx) => {
    const before = await loadOrganization(tx, organizationId, { lock: true });
    if (!canVerifyIn(actor, before.country)) {
      throw forbidden('organization.not_operator', `Only operators for ${before.country} can verify this organisation.`);
    }
    if (before.verificationStatus !== 'pending') {
      throw conflict('organization.not_pending', 'This organisation has not asked for verification.');
    }
    const verified = decision.verdict === 'verify';
    const [row] = await tx
      .update(organizations)
      .set({
        verificationStatus: verified ? 'verified' : 'rejected',
        verificationNote: verified ? null : decision.reason,
        verifiedAt: verified ? ctx.now : null,
        verifiedBy: verified ? actor.userId : null,
        updatedAt: ctx.now,
      })
      .where(eq(organizations.id, before.id))
      .returning();
    await writeAudit(
      tx,
      actor,
      {
        action: verified ? 'organization.verify' : 'organization.reject_verification',
        entityType: 'organization',
        entityId: before.id,
        before: { verificationStatus: before.verificationStatus },
        after: { verificationStatus: row.verificationStatus },
        reason: verified ? null : decision.reason,
      },
      ctx.now,
    );
    return row;
  });
}
