import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { ScheduledJob } from '../../jobs/runner.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { listings } from './schema.ts';

/**
 * Published listings whose twelve months ran out without a confirmation become 'expired'
 * (the owner can confirm them back). The single conditional UPDATE makes parallel runs
 * safe: a row is expired, and audited, by exactly one of them.
 */
export async function expireListings(db: Db, ctx: { now: Date }): Promise<{ expired: string[] }> {
  const { now } = ctx;
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(listings)
      .set({ status: 'expired', revision: sql`${listings.revision} + 1`, updatedAt: now })
      .where(and(eq(listings.status, 'published'), lte(listings.expiresAt, now)))
      .returning({ id: listings.id, revision: listings.revision, expiresAt: listings.expiresAt });
    for (const r of rows) {
      await writeAudit(
        tx,
        null,
        {
          action: 'listing.expire',
          entityType: 'listing',
          entityId: r.id,
          before: { status: 'published' },
          after: { status: 'expired', expiresAt: r.expiresAt?.toISOString() ?? null },
        },
        now,
      );
    }
    return { expired: rows.map((r) => r.id) };
  });
}

export const expireListingsJob: ScheduledJob = {
  name: 'expire-listings',
  everyMs: 3600_000,
  run: (deps) => expireListings(deps.database.db, { now: deps.clock.now() }),
};
