import { inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { canEditFor, hasScope, operatesIn, type Actor } from '../accounts/actor.ts';
import { forbidden, unauthorized } from '../../server/http/errors.ts';
import { listings } from './schema.ts';
import { listingOrgInCountries } from './organization-lookup.ts';
import type { ListingStatus } from './listing.schemas.ts';

/**
 * Who may see and do what with a listing.
 * - Everyone sees published listings; the owning organisation's members, the operators of
 *   its country and administrators ("insiders") see every status.
 * - Requests marked 'operators_only' exist only for insiders: everyone else gets 404, in
 *   lists and counts too.
 * - 'anonymous' requests hide their organisation from everyone but insiders.
 * - API tokens act for their organisation only, never with operator or admin powers.
 */
export interface ListingFacts {
  organizationId: string;
  /** The organisation's country: operators act on listings of organisations in their countries. */
  country: string;
  status: string;
  visibility: string;
}

export const isMember = (a: Actor, orgId: string) => a.memberships.has(orgId);
/** Operators of the country and administrators, acting as people (not through a token). */
export const isStaffFor = (a: Actor, country: string) => !a.token && a.userId !== null && operatesIn(a, country);
export const isInsider = (a: Actor, l: ListingFacts) => isMember(a, l.organizationId) || isStaffFor(a, l.country);

export function canView(a: Actor, l: ListingFacts): boolean {
  if (isInsider(a, l)) return true;
  if (l.visibility === 'operators_only') return false;
  return l.status === 'published';
}

export const canSeeOrganization = (a: Actor, l: ListingFacts) => l.visibility !== 'anonymous' || isInsider(a, l);
export const canSeeModerationNote = (a: Actor, l: ListingFacts) => isInsider(a, l);

/** Owners and editors (or a token with listings:write) change their organisation's listings. */
export const canWriteFor = (a: Actor, orgId: string) => canEditFor(a, orgId) && hasScope(a, 'listings:write');
export const canEdit = (a: Actor, l: ListingFacts) => canWriteFor(a, l.organizationId) && l.status !== 'closed';
export const SUBMITTABLE: readonly ListingStatus[] = ['draft', 'changes_requested', 'rejected'];
export const canSubmit = (a: Actor, l: ListingFacts) => canWriteFor(a, l.organizationId) && SUBMITTABLE.includes(l.status as ListingStatus);
export const canModerate = (a: Actor, l: ListingFacts) => isStaffFor(a, l.country) && l.status === 'submitted';

export function permissionsFor(a: Actor, l: ListingFacts) {
  return { edit: canEdit(a, l), submit: canSubmit(a, l), moderate: canModerate(a, l) };
}

/** A token needs 'listings:read' (or 'listings:write', which reads what it writes) to read listings. */
export function requireReadScope(a: Actor): void {
  if (!hasScope(a, 'listings:read') && !hasScope(a, 'listings:write')) {
    throw forbidden('auth.scope', "This API token lacks the 'listings:read' scope.");
  }
}

export function requireSignedIn(a: Actor): void {
  if (!a.userId) throw unauthorized();
}

/** For commands that change a visible listing: signed in, then allowed to write for its organisation. */
export function requireWriter(a: Actor, orgId: string): void {
  if (!a.userId) throw unauthorized();
  if (!hasScope(a, 'listings:write')) throw forbidden('auth.scope', "This API token lacks the 'listings:write' scope.");
  if (!canEditFor(a, orgId)) throw forbidden('listing.forbidden', 'Only owners and editors of the organisation can change its listings.');
}

/** For moderation: operators outside their countries learn 403 (they are staff; nothing leaks). */
export function requireModerator(a: Actor, l: ListingFacts): void {
  if (!a.userId) throw unauthorized();
  if (!isStaffFor(a, l.country)) {
    throw forbidden('listing.not_moderator', 'Only operators of the organisation’s country and administrators moderate listings.');
  }
}

/**
 * The SQL twin of the operators_only rule, for lists and counts: hides such requests
 * unless the viewer is an insider. (Status rules are applied by each query.)
 */
export function visibleVisibilitySql(a: Actor): SQL | undefined {
  if (!a.token && a.isAdmin) return undefined;
  const orgIds = [...a.memberships.keys()];
  const staffCountries = a.token || !a.userId ? [] : a.operatorCountries;
  const parts: SQL[] = [ne(listings.visibility, 'operators_only')];
  if (orgIds.length) parts.push(inArray(listings.organizationId, orgIds));
  if (staffCountries.length) parts.push(listingOrgInCountries(staffCountries));
  return or(...parts);
}

/** SQL: the listing's status is visible to this viewer as a member or staff of its organisation. */
export function insiderSql(a: Actor): SQL {
  if (!a.token && a.isAdmin) return sql`true`;
  const orgIds = [...a.memberships.keys()];
  const staffCountries = a.token || !a.userId ? [] : a.operatorCountries;
  const parts: SQL[] = [];
  if (orgIds.length) parts.push(inArray(listings.organizationId, orgIds));
  if (staffCountries.length) parts.push(listingOrgInCountries(staffCountries));
  return parts.length ? (or(...parts) as SQL) : sql`false`;
}
