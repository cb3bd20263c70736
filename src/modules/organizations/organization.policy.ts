import { canEditFor, operatesIn, roleIn, type Actor } from '../accounts/actor.ts';
import { forbidden, unauthorized } from '../../server/http/errors.ts';

/**
 * Who may do what to an organisation. Organisations themselves are public; changing one is
 * for its owners and editors. API tokens exist for listings, so they never manage organisations.
 */
export const canEditOrganization = (a: Actor, orgId: string) => !a.token && canEditFor(a, orgId);
export const isOwnerOf = (a: Actor, orgId: string) => !a.token && roleIn(a, orgId) === 'owner';
export const canVerifyIn = (a: Actor, country: string) => !a.token && a.userId !== null && operatesIn(a, country);
/** Members (including the organisation's own API tokens) and administrators see the member list. */
export const canSeeMembers = (a: Actor, orgId: string) => a.isAdmin || a.memberships.has(orgId);

export function requireSignedIn(a: Actor): asserts a is Actor & { userId: string } {
  if (!a.userId) throw unauthorized();
}

/** For organisation writes: a signed-in person, not a machine token. */
export function requirePerson(a: Actor): asserts a is Actor & { userId: string } {
  requireSignedIn(a);
  if (a.token) throw forbidden('auth.token_not_allowed', 'API tokens cannot manage organisations.');
}

export function requireEditor(a: Actor, orgId: string) {
  requirePerson(a);
  if (!canEditFor(a, orgId)) throw forbidden('organization.forbidden', 'Only owners and editors of this organisation can change it.');
}

export function requireOwner(a: Actor, orgId: string) {
  requirePerson(a);
  if (roleIn(a, orgId) !== 'owner') throw forbidden('organization.owner_only', 'Only owners of this organisation can do this.');
}
