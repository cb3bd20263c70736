import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { conflict } from '../../server/http/errors.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { deleteStoredFile } from '../files/store-upload.ts';
import { listings } from './schema.ts';
import type { ListingKind } from './listing.schemas.ts';
import { loadVisibleListing } from './load-listing.ts';
import { requireSignedIn, requireWriter } from './listing.policy.ts';
import { attachmentIds } from './listing-files.ts';

/**
 * Deletes a draft that was never submitted (texts go with it by cascade). Anything that has
 * been in front of a moderator is closed instead, so its history stays.
 */
export async function deleteDraft(
  db: Db,
  actor: Actor,
  input: { id: string; kind: ListingKind | null },
  ctx: { now: Date; dataDir: string },
): Promise<void> {
  requireSignedIn(actor);
  const fileIds = await db.transaction(async (tx) => {
    const { row } = await loadVisibleListing(tx, actor, input.id, { kind: input.kind, lock: true });
    requireWriter(actor, row.organizationId);
    if (row.status !== 'draft') throw conflict('listing.not_draft', 'Only drafts can be deleted; close the listing instead.');
    const ids = await attachmentIds(tx, row.id);
    await tx.delete(listings).where(eq(listings.id, row.id));
    await writeAudit(
      tx,
      actor,
      { action: 'listing.delete', entityType: 'listing', entityId: row.id, before: { status: row.status, revision: row.revision } },
      ctx.now,
    );
    return ids;
  });
  // Only after the commit: a rolled-back delete must not lose attachment bytes.
  for (const id of fileIds) await deleteStoredFile(db, ctx.dataDir, id);
}
