import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import type { ListingKind } from './listing.schemas.ts';
import { loadVisibleListing } from './load-listing.ts';
import { requireSignedIn, requireWriter } from './listing.policy.ts';
import { changeStatus, requireStatus } from './listing-transition.ts';

/** Takes a published listing out of public lists for a while (e.g. during talks); resume brings it back. */
export async function pauseListing(db: Db, actor: Actor, input: { id: string; kind: ListingKind | null }, ctx: { now: Date }) {
  requireSignedIn(actor);
  return db.transaction(async (tx) => {
    const { row } = await loadVisibleListing(tx, actor, input.id, { kind: input.kind, lock: true });
    requireWriter(actor, row.organizationId);
    requireStatus(row, ['published'], 'paused');
    return changeStatus(tx, actor, row, 'paused', { action: 'listing.pause' }, {}, ctx.now);
  });
}
