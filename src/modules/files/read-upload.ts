import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import { AppError, badRequest } from '../../server/http/errors.ts';

export interface Upload {
  buffer: Buffer;
  filename: string;
}

const missing = () =>
  badRequest('file.missing', 'Send one file as multipart/form-data.', { file: 'Choose a file to upload.' });
const tooLarge = (maxBytes: number) =>
  new AppError(413, 'file.too_large', `The file is larger than ${maxBytes} bytes.`, { file: `At most ${maxBytes} bytes.` });

/**
 * Reads the single file of a multipart request into memory, turning every way the upload
 * can go wrong (not multipart, no file, too large, malformed) into a clear 4xx.
 */
export async function readUploadFromRequest(req: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!req.isMultipart()) throw missing();
  let part;
  try {
    part = await req.file({ limits: { fileSize: maxBytes, files: 1 } });
  } catch (err) {
    throw translate(err, maxBytes);
  }
  if (!part) throw missing();
  let buffer: Buffer;
  try {
    buffer = await part.toBuffer();
  } catch (err) {
    throw translate(err, maxBytes);
  }
  // Belt and braces: a truncated stream must never be stored as if it were the whole file.
  if (part.file.truncated || buffer.length > maxBytes) throw tooLarge(maxBytes);
  return { buffer, filename: part.filename ?? '' };
}

function translate(err: unknown, maxBytes: number): AppError {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; statusCode?: number; message?: string };
  if (e.code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes);
  if (e.statusCode === 413) {
    return new AppError(413, 'file.too_many_parts', 'Send exactly one file per request.', { file: 'Send exactly one file.' });
  }
  return badRequest('file.invalid_upload', 'The upload could not be read as multipart/form-data.', {
    file: e.message ?? 'Malformed upload.',
  });
}
