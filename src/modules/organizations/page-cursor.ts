import { badRequest } from '../../server/http/errors.ts';

/**
 * Opaque keyset cursors: the sort key and id of the last row, as base64url JSON. Clients
 * pass them back unchanged; a cursor from another sort order is refused.
 */
export interface PageCursor {
  sort: string;
  key: string;
  id: string;
}

export function encodeCursor(c: PageCursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.key, c.id]), 'utf8').toString('base64url');
}

export function decodeCursor(raw: string | undefined, sort: string): PageCursor | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && parsed.every((p) => typeof p === 'string') && parsed[0] === sort) {
      const [s, key, id] = parsed as string[];
      if (/^[0-9a-f-]{36}$/i.test(id)) return { sort: s, key, id };
    }
  } catch {
    // fall through to the error below
  }
  throw badRequest('pagination.invalid_cursor', 'The cursor is not valid for this list.', { cursor: 'Invalid cursor.' });
}
