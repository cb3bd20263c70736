import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { loadForModeration } from './load-for-moderation.ts';
import { changeStatus, requireStatus } from './listing-transition.ts';

/** An operator sends a submitted listing back to its owner with what to change. */
export async function requestListingChanges(db: Db, actor: Actor, input: { id: string; reason: string }, ctx: { now: Date }) {
  return db.transaction(async (tx) => {
    const { row } = await loadForModeration(tx, actor, input.id);
    requireStatus(row, ['submitted'], 'sent back for changes');
    return changeStatus(
      tx,
      actor,
      row,
      'changes_requested',
      { action: 'listing.request_changes', reason: input.reason },
      { moderationNote: input.reason },
      ctx.now,
    );
  });
}
