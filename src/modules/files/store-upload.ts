import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { DbOrTx } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { AppError, badRequest } from '../../server/http/errors.ts';
import { files } from './schema.ts';
import { sanitizeFilename } from './sanitize-filename.ts';

export type FileRow = typeof files.$inferSelect;
export type FileKind = 'image' | 'pdf';

// Other modules import everything about uploads from this one file.
export { presentFile, type PresentedFile } from './file.presenter.ts';
export { readUploadFromRequest, type Upload } from './read-upload.ts';

/** The only types we accept, keyed by what file-type detects from the bytes. */
const ACCEPTED: Record<string, { kind: FileKind; extensions: string[] }> = {
  'image/png': { kind: 'image', extensions: ['png'] },
  'image/jpeg': { kind: 'image', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  'image/webp': { kind: 'image', extensions: ['webp'] },
  'image/gif': { kind: 'image', extensions: ['gif'] },
  'application/pdf': { kind: 'pdf', extensions: ['pdf'] },
};
const KNOWN_EXTENSIONS = new Map(Object.entries(ACCEPTED).flatMap(([mime, a]) => a.extensions.map((e) => [e, mime] as const)));

export interface StoreUploadInput {
  dataDir: string;
  maxBytes: number;
  now: Date;
  buffer: Buffer;
  filename: string;
  allowed: FileKind[];
  organizationId: string;
  listingId?: string | null;
  createdBy: string | null;
  position?: number;
}

/** Where the bytes of a stored file live; the first two characters of the id fan out directories. */
export function storedFilePath(dataDir: string, fileId: string): string {
  return path.join(dataDir, 'files', fileId.slice(0, 2), fileId);
}

function describeAllowed(allowed: FileKind[]): string {
  const names = allowed.map((k) => (k === 'image' ? 'PNG, JPEG, WebP or GIF images' : 'PDF documents'));
  return `Only ${names.join(' or ')} are accepted.`;
}

const unsupported = (allowed: FileKind[]) =>
  new AppError(415, 'file.unsupported_type', describeAllowed(allowed), { file: describeAllowed(allowed) });

/**
 * Validates an uploaded file by its bytes (never by the name or the client's content type),
 * writes it atomically under DATA_DIR/files and records it. The caller decides what the file
 * is attached to; if the caller's transaction later fails it should call deleteStoredFile.
 */
export async function storeUpload(db: DbOrTx, input: StoreUploadInput): Promise<FileRow> {
  const { buffer } = input;
  if (buffer.length === 0) throw badRequest('file.empty', 'The file is empty.', { file: 'The file is empty.' });
  if (buffer.length > input.maxBytes) {
    throw new AppError(413, 'file.too_large', `The file is larger than ${input.maxBytes} bytes.`, {
      file: `At most ${input.maxBytes} bytes.`,
    });
  }
  const detected = await fileTypeFromBuffer(buffer);
  const accepted = detected ? ACCEPTED[detected.mime] : undefined;
  if (!detected || !accepted || !input.allowed.includes(accepted.kind)) throw unsupported(input.allowed);
  // A name that claims another known type ("report.pdf" holding a PNG) is refused: the
  // uploader is confused or something is trying to slip past a type check downstream.
  const ext = path.extname(input.filename).slice(1).toLowerCase();
  const claimed = KNOWN_EXTENSIONS.get(ext);
  if (claimed && claimed !== detected.mime) throw unsupported(input.allowed);

  const id = newId();
  const target = storedFilePath(input.dataDir, id);
  await writeAtomically(target, buffer);
  try {
    const [row] = await db
      .insert(files)
      .values({
        id,
        organizationId: input.organizationId,
        listingId: input.listingId ?? null,
        kind: accepted.kind,
        mime: detected.mime,
        sizeBytes: buffer.length,
        sha256: createHash('sha256').update(buffer).digest('hex'),
        originalName: sanitizeFilename(input.filename, `file.${detected.ext}`),
        position: input.position ?? 0,
        createdBy: input.createdBy,
        createdAt: input.now,
      })
      .returning();
    return row;
  } catch (err) {
    await removeFileBytes(input.dataDir, id);
    throw err;
  }
}

/** Readers never see a half-written file: write beside the target, then rename over it. */
async function writeAtomically(target: string, buffer: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await fs.writeFile(temp, buffer, { flag: 'wx' });
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}

/** Removes the bytes only; a missing file is not an error. */
export async function removeFileBytes(dataDir: string, fileId: string): Promise<void> {
  await fs.rm(storedFilePath(dataDir, fileId), { force: true });
}

/**
 * Deletes a file's row and bytes. Call it after (or outside) the transaction that detached
 * the file, so a rolled-back change never loses bytes a row still points to.
 */
export async function deleteStoredFile(db: DbOrTx, dataDir: string, fileId: string): Promise<void> {
  await db.delete(files).where(eq(files.id, fileId));
  await removeFileBytes(dataDir, fileId);
}
