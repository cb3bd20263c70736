import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { notFound } from '../../server/http/errors.ts';
import { deleteStoredFile } from '../files/store-upload.ts';
import type { ListingKind } from './listing.schemas.ts';
import { loadVisibleListing } from './load-listing.ts';
import { requireSignedIn, requireWriter } from './listing.policy.ts';
import { findAttachment } from './listing-files.ts';

/** Removes one attachment (its record and bytes) from a listing. */
export async function removeListingAttachment(
  db: Db,
  actor: Actor,
  input: { id: string; kind: ListingKind | null; fileId: string },
  ctx: { dataDir: string },
): Promise<void> {
  requireSignedIn(actor);
  const { row } = await loadVisibleListing(db, actor, input.id, { kind: input.kind });
  requireWriter(actor, row.organizationId);
  const file = await findAttachment(db, row.id, input.fileId);
  if (!file) throw notFound('attachment.not_found', 'No such attachment on this listing.');
  // One delete of the row, then the bytes: nothing else is written, so no transaction is needed.
  await deleteStoredFile(db, ctx.dataDir, file.id);
}
