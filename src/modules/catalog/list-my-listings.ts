import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { unauthorized } from '../../server/http/errors.ts';
import { listings } from './schema.ts';
import type { ListingKind, ListingStatus } from './listing.schemas.ts';
import { requireReadScope } from './listing.policy.ts';
import { afterCursor, pageOf, sortSpec } from './listing-cursor.ts';
import type { ListingRow } from './load-listing.ts';

/** The owner dashboard: every listing, in every status, of the organisations the user belongs to. */
export async function listMyListings(
  db: DbOrTx,
  actor: Actor,
  query: { kind?: ListingKind; status?: ListingStatus; organization?: string; cursor?: string; limit: number },
): Promise<{ rows: ListingRow[]; nextCursor: string | null }> {
  if (!actor.userId) throw unauthorized();
  requireReadScope(actor);
  const orgIds = [...actor.memberships.keys()].filter((id) => !query.organization || id === query.organization);
  if (orgIds.length === 0) return { rows: [], nextCursor: null };
  const conds: SQL[] = [inArray(listings.organizationId, orgIds)];
  if (query.kind) conds.push(eq(listings.kind, query.kind));
  if (query.status) conds.push(eq(listings.status, query.status));
  const spec = sortSpec('created');
  if (query.cursor) conds.push(afterCursor('created', query.cursor));
  const rows = await db
    .select()
    .from(listings)
    .where(and(...conds))
    .orderBy(...spec.order)
    .limit(query.limit + 1);
  return pageOf(rows, query.limit, 'created');
}
