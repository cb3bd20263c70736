import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import type { ListingKind } from './listing.schemas.ts';
import { loadVisibleListing } from './load-listing.ts';
import { requireSignedIn, requireWriter, SUBMITTABLE } from './listing.policy.ts';
import { changeStatus, requireStatus } from './listing-transition.ts';
import { checkDeadline } from './listing-rules.ts';

/** Hands a draft (or a listing sent back by a moderator) to the operators for review. */
export async function submitListing(db: Db, actor: Actor, input: { id: string; kind: ListingKind | null }, ctx: { now: Date }) {
  requireSignedIn(actor);
  return db.transaction(async (tx) => {
    const { row } = await loadVisibleListing(tx, actor, input.id, { kind: input.kind, lock: true });
    requireWriter(actor, row.organizationId);
    requireStatus(row, SUBMITTABLE, 'submitted');
    checkDeadline(row.deadline, ctx.now);
    return changeStatus(tx, actor, row, 'submitted', { action: 'listing.submit' }, { submittedAt: ctx.now }, ctx.now);
  });
}
