import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { loadForModeration } from './load-for-moderation.ts';
import { changeStatus, requireStatus } from './listing-transition.ts';
import { expiryFrom } from './listing-rules.ts';

/**
 * An operator of the organisation's country (or an admin) publishes a submitted listing.
 * The first publication date is kept when a listing comes back after an edit, so an edit
 * does not bump it to the top of "newest"; the twelve-month expiry starts afresh.
 */
export async function approveListing(db: Db, actor: Actor, input: { id: string }, ctx: { now: Date }) {
  return db.transaction(async (tx) => {
    const { row } = await loadForModeration(tx, actor, input.id);
    requireStatus(row, ['submitted'], 'approved');
    return changeStatus(
      tx,
      actor,
      row,
      'published',
      { action: 'listing.approve' },
      { publishedAt: row.publishedAt ?? ctx.now, lastConfirmedAt: ctx.now, expiresAt: expiryFrom(ctx.now), moderationNote: null },
      ctx.now,
    );
  });
}
