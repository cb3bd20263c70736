import { and, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { forbidden, unauthorized } from '../../server/http/errors.ts';
import { listings } from './schema.ts';
import type { ListingKind } from './listing.schemas.ts';
import { listingOrgInCountries } from './organization-lookup.ts';
import { afterCursor, pageOf, sortSpec } from './listing-cursor.ts';
import type { ListingRow } from './load-listing.ts';

/**
 * Submitted listings waiting for review, oldest submission first. Operators see those of
 * organisations in their countries; administrators see all.
 */
export async function moderationQueue(
  db: DbOrTx,
  actor: Actor,
  query: { kind?: ListingKind; country?: string; cursor?: string; limit: number },
): Promise<{ rows: ListingRow[]; nextCursor: string | null }> {
  if (!actor.userId) throw unauthorized();
  const admin = actor.isAdmin && !actor.token;
  const mine = actor.token ? [] : actor.operatorCountries;
  if (!admin && mine.length === 0) throw forbidden('moderation.forbidden', 'Only operators and administrators moderate listings.');
  if (query.country && !admin && !mine.includes(query.country)) {
    throw forbidden('moderation.not_your_country', 'You do not operate in this country.');
  }
  const conds: SQL[] = [eq(listings.status, 'submitted')];
  if (query.kind) conds.push(eq(listings.kind, query.kind));
  if (query.country) conds.push(listingOrgInCountries([query.country]));
  else if (!admin) conds.push(listingOrgInCountries(mine));
  if (query.cursor) conds.push(afterCursor('queue', query.cursor));
  const rows = await db
    .select()
    .from(listings)
    .where(and(...conds))
    .orderBy(...sortSpec('queue').order)
    .limit(query.limit + 1);
  return pageOf(rows, query.limit, 'queue');
}
