import { registerFileAccessCheck } from '../files/access.ts';
import { loadListing } from './load-listing.ts';
import { canView } from './listing.policy.ts';

/** Listing attachments are downloadable by exactly those who may see the listing. */
export function registerListingFileAccess(): void {
  registerFileAccessCheck(async (db, actor, file) => {
    if (!file.listingId) return false;
    const loaded = await loadListing(db, actor, file.listingId);
    return !!loaded && canView(actor, loaded.facts);
  });
}
