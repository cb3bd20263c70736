import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { conflict } from '../../server/http/errors.ts';
import { removeFileBytes, storeUpload, type FileRow, type Upload } from '../files/store-upload.ts';
import type { ListingKind } from './listing.schemas.ts';
import { loadVisibleListing } from './load-listing.ts';
import { requireSignedIn, requireWriter } from './listing.policy.ts';
import { countAttachments } from './listing-files.ts';

export const MAX_ATTACHMENTS = 10;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Attaches an image or PDF (checked by its bytes) to a listing; at most ten per listing. */
export async function addListingAttachment(
  db: Db,
  actor: Actor,
  input: { id: string; kind: ListingKind | null; upload: Upload },
  ctx: { now: Date; dataDir: string; maxBytes: number },
): Promise<FileRow> {
  requireSignedIn(actor);
  let stored: FileRow | null = null;
  try {
    return await db.transaction(async (tx) => {
      const { row } = await loadVisibleListing(tx, actor, input.id, { kind: input.kind, lock: true });
      requireWriter(actor, row.organizationId);
      if (row.status === 'closed') throw conflict('listing.invalid_state', 'A closed listing cannot be changed.');
      const { count, nextPosition } = await countAttachments(tx, row.id);
      if (count >= MAX_ATTACHMENTS) {
        throw conflict('listing.too_many_attachments', `A listing has at most ${MAX_ATTACHMENTS} attachments.`, {
          file: `Remove an attachment first (at most ${MAX_ATTACHMENTS}).`,
        });
      }
      stored = await storeUpload(tx, {
        dataDir: ctx.dataDir,
        maxBytes: Math.min(ctx.maxBytes, MAX_ATTACHMENT_BYTES),
        now: ctx.now,
        buffer: input.upload.buffer,
        filename: input.upload.filename,
        allowed: ['image', 'pdf'],
        organizationId: row.organizationId,
        listingId: row.id,
        createdBy: actor.userId,
        position: nextPosition,
      });
      return stored;
    });
  } catch (err) {
    // The row was rolled back with the transaction; the bytes were written outside it.
    if (stored) await removeFileBytes(ctx.dataDir, (stored as FileRow).id);
    throw err;
  }
}
