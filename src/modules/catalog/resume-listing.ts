import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import type { ListingKind } from './listing.schemas.ts';
import { loadVisibleListing } from './load-listing.ts';
import { requireSignedIn, requireWriter } from './listing.policy.ts';
import { changeStatus, requireStatus } from './listing-transition.ts';

/**
 * Puts a paused listing back into public lists. It was approved before and has not changed
 * materially since (a material edit would have sent it to review), so no new review is needed.
 */
export async function resumeListing(db: Db, actor: Actor, input: { id: string; kind: ListingKind | null }, ctx: { now: Date }) {
  requireSignedIn(actor);
  return db.transaction(async (tx) => {
    const { row } = await loadVisibleListing(tx, actor, input.id, { kind: input.kind, lock: true });
    requireWriter(actor, row.organizationId);
    requireStatus(row, ['paused'], 'resumed');
    return changeStatus(tx, actor, row, 'published', { action: 'listing.resume' }, {}, ctx.now);
  });
}
