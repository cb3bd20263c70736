import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import type { ListingKind } from './listing.schemas.ts';
import { loadVisibleListing } from './load-listing.ts';
import { requireSignedIn, requireWriter } from './listing.policy.ts';
import { changeStatus, requireStatus } from './listing-transition.ts';

export type CloseReason = 'transferred' | 'withdrawn';

/** Ends a listing for good: the technology was transferred, or the owner withdrew it. Drafts are deleted instead. */
export async function closeListing(
  db: Db,
  actor: Actor,
  input: { id: string; kind: ListingKind | null; reason: CloseReason },
  ctx: { now: Date },
) {
  requireSignedIn(actor);
  return db.transaction(async (tx) => {
    const { row } = await loadVisibleListing(tx, actor, input.id, { kind: input.kind, lock: true });
    requireWriter(actor, row.organizationId);
    requireStatus(row, ['submitted', 'changes_requested', 'rejected', 'published', 'paused', 'expired'], 'closed');
    return changeStatus(
      tx,
      actor,
      row,
      'closed',
      { action: 'listing.close', reason: input.reason, extra: { closedReason: input.reason } },
      { closedReason: input.reason },
      ctx.now,
    );
  });
}
