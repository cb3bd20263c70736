import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { notFound } from '../../server/http/errors.ts';
import { listings } from './schema.ts';
import { loadOrganizationFactsOne, type OrganizationFacts } from './organization-lookup.ts';
import { canView, type ListingFacts } from './listing.policy.ts';
import type { ListingKind } from './listing.schemas.ts';

export type ListingRow = typeof listings.$inferSelect;

export interface LoadedListing {
  row: ListingRow;
  org: OrganizationFacts;
  facts: ListingFacts;
}

export const listingNotFound = () => notFound('listing.not_found', 'No such listing.');

export function factsOf(row: ListingRow, org: OrganizationFacts): ListingFacts {
  return { organizationId: row.organizationId, country: org.country, status: row.status, visibility: row.visibility };
}

/**
 * Loads a listing with its organisation's facts, without any visibility check. `kind` set:
 * an offer id under /requests (or the reverse) is not found. `lock` takes a row lock so
 * concurrent commands on one listing run one after the other.
 */
export async function loadListing(
  db: DbOrTx,
  actor: Actor,
  id: string,
  opts: { kind?: ListingKind | null; lock?: boolean } = {},
): Promise<LoadedListing | null> {
  const q = db.select().from(listings).where(eq(listings.id, id));
  const [row] = opts.lock ? await q.for('update') : await q;
  if (!row || (opts.kind && row.kind !== opts.kind)) return null;
  const org = await loadOrganizationFactsOne(db, row.organizationId, actor.locale);
  if (!org) return null;
  return { row, org, facts: factsOf(row, org) };
}

/** The same, but a listing the viewer may not see does not exist for them (404). */
export async function loadVisibleListing(
  db: DbOrTx,
  actor: Actor,
  id: string,
  opts: { kind?: ListingKind | null; lock?: boolean } = {},
): Promise<LoadedListing> {
  const loaded = await loadListing(db, actor, id, opts);
  if (!loaded || !canView(actor, loaded.facts)) throw listingNotFound();
  return loaded;
}
