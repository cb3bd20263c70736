import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { loadForModeration } from './load-for-moderation.ts';
import { changeStatus, requireStatus } from './listing-transition.ts';

/** An operator turns a submitted listing down, saying why; the owner may fix it and submit again. */
export async function rejectListing(db: Db, actor: Actor, input: { id: string; reason: string }, ctx: { now: Date }) {
  return db.transaction(async (tx) => {
    const { row } = await loadForModeration(tx, actor, input.id);
    requireStatus(row, ['submitted'], 'rejected');
    return changeStatus(
      tx,
      actor,
      row,
      'rejected',
      { action: 'listing.reject', reason: input.reason },
      { moderationNote: input.reason },
      ctx.now,
    );
  });
}
