import { and, arrayContains, arrayOverlaps, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { badRequest, forbidden } from '../../server/http/errors.ts';
import { ORGANIZATION_TYPES } from '../taxonomy/enums.ts';
import { FIELD_TREE, TOP_FIELD_CODES, type TopFieldCode } from '../taxonomy/field-codes.ts';
import { listings, listingTexts } from './schema.ts';
import { isCountryCode, isFieldCode, type ListingKind, type ListingStatus } from './listing.schemas.ts';
import { isMember, isStaffFor, requireReadScope, visibleVisibilitySql } from './listing.policy.ts';
import { listingOrgInCountries, listingOrgOfType, loadOrganizationFactsOne } from './organization-lookup.ts';
import { afterCursor, pageOf, sortSpec, type SortName } from './listing-cursor.ts';
import type { ListingRow } from './load-listing.ts';

export interface ListListingsQuery {
  kind: ListingKind;
  q?: string;
  country?: string;
  field?: string;
  trlMin?: number;
  trlMax?: number;
  mode?: string;
  orgType?: string;
  lang?: string;
  organization?: string;
  status?: ListingStatus;
  sort: 'newest' | 'oldest' | 'trl' | 'deadline';
  cursor?: string;
  limit: number;
  withTotal?: boolean;
}

const invalid = (field: string, message: string) => badRequest('validation.failed', `Invalid ${field}: ${message}`, { [field]: message });

/** A top field matches itself and all its sub-fields; a sub-field matches only itself. */
export function fieldCodesFor(code: string): string[] {
  if ((TOP_FIELD_CODES as string[]).includes(code)) return [code, ...Object.keys(FIELD_TREE[code as TopFieldCode][1])];
  return [code];
}

/** ILIKE pattern for a literal substring. */
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Plain substring match over every language version and the keywords (proper search is the search module's). */
function matchesTerm(term: string): SQL {
  const p = likePattern(term);
  const t = listingTexts;
  return sql`(exists (select 1 from ${t} where ${t.listingId} = ${listings.id} and (${t.title} ilike ${p} or ${t.summary} ilike ${p} or ${t.description} ilike ${p} or ${t.applications} ilike ${p} or ${t.advantages} ilike ${p})) or array_to_string(${listings.keywords}, ' ') ilike ${p})`;
}

/** Which statuses the viewer asks for; anything but 'published' only for the organisation's insiders. */
async function statusCondition(db: DbOrTx, actor: Actor, query: ListListingsQuery): Promise<SQL> {
  if (!query.status || query.status === 'published') return eq(listings.status, 'published');
  if (!query.organization) throw invalid('status', 'Filter by organization to list listings that are not published.');
  const org = await loadOrganizationFactsOne(db, query.organization, actor.locale);
  if (!org || !(isMember(actor, org.id) || isStaffFor(actor, org.country))) {
    throw forbidden('listing.status_filter_forbidden', 'Only members of the organisation see its unpublished listings.');
  }
  return eq(listings.status, query.status);
}

/** The public catalogue of offers or requests, filtered, sorted and paged by cursor. */
export async function listListings(
  db: DbOrTx,
  actor: Actor,
  query: ListListingsQuery,
): Promise<{ rows: ListingRow[]; nextCursor: string | null; total?: number }> {
  requireReadScope(actor);
  const conds: SQL[] = [eq(listings.kind, query.kind), await statusCondition(db, actor, query)];
  if (query.kind === 'request') {
    const visible = visibleVisibilitySql(actor);
    if (visible) conds.push(visible);
  }
  if (query.country !== undefined) {
    if (!isCountryCode(query.country)) throw invalid('country', 'Unknown country code (use ISO 3166-1 alpha-2).');
    conds.push(listingOrgInCountries([query.country]));
  }
  if (query.orgType !== undefined) {
    if (!(ORGANIZATION_TYPES as readonly string[]).includes(query.orgType)) throw invalid('orgType', 'Unknown organisation type.');
    conds.push(listingOrgOfType(query.orgType));
  }
  if (query.field !== undefined) {
    if (!isFieldCode(query.field)) throw invalid('field', 'Unknown field code.');
    conds.push(arrayOverlaps(listings.fields, fieldCodesFor(query.field)));
  }
  if (query.trlMin !== undefined && query.trlMax !== undefined && query.trlMin > query.trlMax) {
    throw invalid('trlMax', 'trlMax must not be below trlMin.');
  }
  if (query.trlMin !== undefined) conds.push(gte(listings.trl, query.trlMin));
  if (query.trlMax !== undefined) conds.push(lte(listings.trl, query.trlMax));
  if (query.mode !== undefined) conds.push(arrayContains(listings.modes, [query.mode]));
  if (query.lang !== undefined) {
    // The original language always has a text row, so one lookup covers "original or translated".
    conds.push(sql`exists (select 1 from ${listingTexts} where ${listingTexts.listingId} = ${listings.id} and ${listingTexts.lang} = ${query.lang})`);
  }
  if (query.organization !== undefined) conds.push(eq(listings.organizationId, query.organization));
  const terms = (query.q ?? '').split(/\s+/).filter(Boolean).slice(0, 5);
  for (const term of terms) conds.push(matchesTerm(term));

  // Unpublished listings have no publication date: they are listed newest-created first.
  const sort: SortName = query.status && query.status !== 'published' && query.sort !== 'trl' && query.sort !== 'deadline' ? 'created' : query.sort;
  const spec = sortSpec(sort);
  const where = and(...conds);
  const [rows, total] = await Promise.all([
    db
      .select()
      .from(listings)
      .where(query.cursor ? and(where, afterCursor(sort, query.cursor)) : where)
      .orderBy(...spec.order)
      .limit(query.limit + 1),
    query.withTotal
      ? db
          .select({ n: sql<number>`count(*)::int` })
          .from(listings)
          .where(where)
          .then((r) => Number(r[0].n))
      : Promise.resolve(undefined),
  ]);
  return { ...pageOf(rows, query.limit, sort), ...(total !== undefined ? { total } : {}) };
}
