import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { files } from '../files/schema.ts';
import { removeFileBytes, storeUpload, type FileRow, type Upload } from '../files/store-upload.ts';
import { organizations } from './schema.ts';
import { requireEditor, requirePerson } from './organization.policy.ts';
import { loadOrganization } from './load-organization.ts';

/** Route-level check before the upload body is read, so strangers cannot make us buffer files. */
export async function assertCanEditOrganization(db: Db, actor: Actor, id: string): Promise<void> {
  requirePerson(actor);
  await loadOrganization(db, id);
  requireEditor(actor, id);
}

/** Stores an image as the organisation's logo and forgets the previous one. */
export async function setOrganizationLogo(
  db: Db,
  actor: Actor,
  input: { organizationId: string; upload: Upload },
  ctx: { now: Date; dataDir: string; maxBytes: number },
): Promise<FileRow> {
  requirePerson(actor);
  // Filled in inside the transaction; read in the clean-up paths outside it.
  const state: { stored?: FileRow } = {};
  let result: { stored: FileRow; previous: string | null };
  try {
    result = await db.transaction(async (tx) => {
      const before = await loadOrganization(tx, input.organizationId, { lock: true });
      requireEditor(actor, before.id);
      const stored = (state.stored = await storeUpload(tx, {
        dataDir: ctx.dataDir,
        maxBytes: ctx.maxBytes,
        now: ctx.now,
        buffer: input.upload.buffer,
        filename: input.upload.filename,
        allowed: ['image'],
        organizationId: before.id,
        listingId: null,
        createdBy: actor.userId,
      }));
      await tx.update(organizations).set({ logoFileId: stored.id, updatedAt: ctx.now }).where(eq(organizations.id, before.id));
      const previous = before.logoFileId;
      if (previous) await tx.delete(files).where(eq(files.id, previous));
      await writeAudit(
        tx,
        actor,
        { action: 'organization.logo', entityType: 'organization', entityId: before.id, before: { logoFileId: previous }, after: { logoFileId: stored.id } },
        ctx.now,
      );
      return { stored, previous };
    });
  } catch (err) {
    // The bytes were written before the transaction failed; don't leave them behind.
    if (state.stored) await removeFileBytes(ctx.dataDir, state.stored.id);
    throw err;
  }
  // Only once the new logo is committed is the old one's content safe to drop.
  if (result.previous) await removeFileBytes(ctx.dataDir, result.previous);
  return result.stored;
}
