import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import type { ListingKind } from './listing.schemas.ts';
import { loadVisibleListing, type ListingRow } from './load-listing.ts';
import { requireReadScope } from './listing.policy.ts';

/** One offer or request as the viewer may see it: hidden ones are 404. */
export async function getListing(db: DbOrTx, actor: Actor, input: { id: string; kind: ListingKind }): Promise<ListingRow> {
  requireReadScope(actor);
  return (await loadVisibleListing(db, actor, input.id, { kind: input.kind })).row;
}
