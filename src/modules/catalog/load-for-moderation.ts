import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { unauthorized } from '../../server/http/errors.ts';
import { loadListing, listingNotFound, type LoadedListing } from './load-listing.ts';
import { canView, isStaffFor, requireModerator } from './listing.policy.ts';

/**
 * Loads a listing for a moderation command, locked. Staff (operators, admins) learn 403
 * when it is outside their countries; to anyone else a listing they cannot see is 404 and
 * one they can see is 403.
 */
export async function loadForModeration(db: DbOrTx, actor: Actor, id: string): Promise<LoadedListing> {
  if (!actor.userId) throw unauthorized();
  const loaded = await loadListing(db, actor, id, { lock: true });
  if (!loaded) throw listingNotFound();
  const isStaffSomewhere = !actor.token && (actor.isAdmin || actor.operatorCountries.length > 0);
  if (!isStaffSomewhere && !canView(actor, loaded.facts)) throw listingNotFound();
  if (!isStaffFor(actor, loaded.org.country)) requireModerator(actor, loaded.facts);
  return loaded;
}
