import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { conflict } from '../../server/http/errors.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { listings } from './schema.ts';
import type { ListingRow } from './load-listing.ts';
import type { ListingStatus } from './listing.schemas.ts';

export function invalidState(row: ListingRow, verb: string) {
  return conflict('listing.invalid_state', `A listing that is ${row.status.replace('_', ' ')} cannot be ${verb}.`);
}

export function requireStatus(row: ListingRow, allowed: readonly ListingStatus[], verb: string): void {
  if (!allowed.includes(row.status as ListingStatus)) throw invalidState(row, verb);
}

/**
 * Moves a listing from its current status to `to` and records who did it, in the caller's
 * transaction. The update is conditional on the status the caller saw, so two racing
 * commands cannot both apply; every change bumps the revision.
 */
export async function changeStatus(
  tx: DbOrTx,
  actor: Actor | null,
  row: ListingRow,
  to: ListingStatus,
  audit: { action: string; reason?: string | null; extra?: Record<string, unknown> },
  set: Partial<typeof listings.$inferInsert>,
  now: Date,
): Promise<ListingRow> {
  const [updated] = await tx
    .update(listings)
    .set({ ...set, status: to, revision: row.revision + 1, updatedAt: now })
    .where(and(eq(listings.id, row.id), eq(listings.status, row.status), eq(listings.revision, row.revision)))
    .returning();
  if (!updated) throw conflict('listing.stale_revision', 'The listing changed meanwhile; reload it and try again.');
  await writeAudit(
    tx,
    actor,
    {
      action: audit.action,
      entityType: 'listing',
      entityId: row.id,
      before: { status: row.status, revision: row.revision },
      after: { status: to, revision: updated.revision, ...audit.extra },
      reason: audit.reason ?? null,
    },
    now,
  );
  return updated;
}
