import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import type { ListingKind } from './listing.schemas.ts';
import { loadVisibleListing } from './load-listing.ts';
import { requireSignedIn, requireWriter } from './listing.policy.ts';
import { changeStatus, requireStatus } from './listing-transition.ts';
import { expiryFrom } from './listing-rules.ts';

/**
 * The owner confirms the technology is still available: the listing stays (or, once
 * expired, is again) published for another twelve months.
 */
export async function confirmListing(db: Db, actor: Actor, input: { id: string; kind: ListingKind | null }, ctx: { now: Date }) {
  requireSignedIn(actor);
  return db.transaction(async (tx) => {
    const { row } = await loadVisibleListing(tx, actor, input.id, { kind: input.kind, lock: true });
    requireWriter(actor, row.organizationId);
    requireStatus(row, ['published', 'expired'], 'confirmed');
    return changeStatus(
      tx,
      actor,
      row,
      'published',
      { action: 'listing.confirm' },
      { lastConfirmedAt: ctx.now, expiresAt: expiryFrom(ctx.now) },
      ctx.now,
    );
  });
}
