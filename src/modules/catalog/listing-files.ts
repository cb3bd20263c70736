import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { files } from '../files/schema.ts';
import { presentFile, type FileRow, type PresentedFile } from '../files/store-upload.ts';

/**
 * Reads which files are attached to listings. The files module stores uploads and owns their
 * rows; a file's `listing_id` is the catalog's link to it, so the catalog looks the links up
 * here (and only here).
 */
export async function loadAttachments(db: DbOrTx, listingIds: readonly string[]): Promise<Map<string, PresentedFile[]>> {
  const out = new Map<string, PresentedFile[]>();
  if (listingIds.length === 0) return out;
  const rows = await db
    .select()
    .from(files)
    .where(inArray(files.listingId, [...new Set(listingIds)]))
    .orderBy(asc(files.position), asc(files.createdAt), asc(files.id));
  for (const r of rows) {
    const list = out.get(r.listingId!) ?? [];
    list.push(presentFile(r));
    out.set(r.listingId!, list);
  }
  return out;
}

export async function countAttachments(db: DbOrTx, listingId: string): Promise<{ count: number; nextPosition: number }> {
  const [r] = await db
    .select({ count: sql<number>`count(*)::int`, maxPos: sql<number>`coalesce(max(${files.position}), -1)::int` })
    .from(files)
    .where(eq(files.listingId, listingId));
  return { count: Number(r.count), nextPosition: Number(r.maxPos) + 1 };
}

export async function findAttachment(db: DbOrTx, listingId: string, fileId: string): Promise<FileRow | undefined> {
  const [r] = await db.select().from(files).where(and(eq(files.listingId, listingId), eq(files.id, fileId)));
  return r;
}

export async function attachmentIds(db: DbOrTx, listingId: string): Promise<string[]> {
  const rows = await db.select({ id: files.id }).from(files).where(eq(files.listingId, listingId));
  return rows.map((r) => r.id);
}
