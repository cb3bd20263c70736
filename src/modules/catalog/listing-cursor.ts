import { asc, desc, sql, type SQL } from 'drizzle-orm';
import { badRequest } from '../../server/http/errors.ts';
import { listings } from './schema.ts';
import type { ListingRow } from './load-listing.ts';

/**
 * Keyset pagination: a page continues after the last row of the previous one, by its sort
 * value and then its id, so pages never overlap or skip rows, and deep pages cost what the
 * first costs (never OFFSET). The cursor is opaque to clients: base64url JSON of
 * [sort, value, id], and only valid for the sort it was made for.
 */
export type SortName = 'newest' | 'oldest' | 'trl' | 'deadline' | 'created' | 'queue';

type Value = string | number | null;

interface SortSpec {
  order: SQL[];
  valueOf(row: ListingRow): Value;
  after(value: Value, id: string): SQL;
}

const ts = (d: Date | null) => (d ? d.toISOString() : null);

/** Descending or ascending by a never-null column, then id the same way. */
function simple(col: SQL, dir: 'asc' | 'desc', valueOf: (r: ListingRow) => Value, cast: string): SortSpec {
  const op = dir === 'desc' ? sql.raw('<') : sql.raw('>');
  return {
    order: dir === 'desc' ? [desc(col), desc(listings.id)] : [asc(col), asc(listings.id)],
    valueOf,
    after: (v, id) => sql`(${col}, ${listings.id}) ${op} (${v}::${sql.raw(cast)}, ${id}::uuid)`,
  };
}

/** Nearest deadline first; requests without a deadline come last. */
const deadlineSort: SortSpec = {
  order: [sql`${listings.deadline} asc nulls last`, asc(listings.id)],
  valueOf: (r) => r.deadline,
  after: (v, id) =>
    v === null
      ? sql`(${listings.deadline} IS NULL AND ${listings.id} > ${id}::uuid)`
      : sql`(${listings.deadline} IS NULL OR (${listings.deadline}, ${listings.id}) > (${v}::date, ${id}::uuid))`,
};

export function sortSpec(name: SortName): SortSpec {
  const c = (col: unknown) => sql`${col}`;
  switch (name) {
    case 'newest':
      return simple(c(listings.publishedAt), 'desc', (r) => ts(r.publishedAt), 'timestamptz');
    case 'oldest':
      return simple(c(listings.publishedAt), 'asc', (r) => ts(r.publishedAt), 'timestamptz');
    case 'trl':
      return simple(c(listings.trl), 'desc', (r) => r.trl, 'smallint');
    case 'deadline':
      return deadlineSort;
    case 'created':
      return simple(c(listings.createdAt), 'desc', (r) => ts(r.createdAt), 'timestamptz');
    case 'queue':
      return simple(c(listings.submittedAt), 'asc', (r) => ts(r.submittedAt), 'timestamptz');
  }
}

export function encodeCursor(sort: SortName, row: ListingRow): string {
  return Buffer.from(JSON.stringify([sort, sortSpec(sort).valueOf(row), row.id])).toString('base64url');
}

const badCursor = () => badRequest('validation.failed', 'Invalid cursor.', { cursor: 'Invalid or expired cursor; start from the first page.' });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The keyset condition for the rows after `cursor`; 400 for anything this server did not make. */
export function afterCursor(sort: SortName, cursor: string): SQL {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== sort) throw badCursor();
  const [, value, id] = parsed as [unknown, unknown, unknown];
  if (typeof id !== 'string' || !UUID.test(id)) throw badCursor();
  const okValue =
    sort === 'trl'
      ? typeof value === 'number' && Number.isInteger(value)
      : sort === 'deadline'
        ? value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
        : typeof value === 'string' && !Number.isNaN(Date.parse(value));
  if (!okValue) throw badCursor();
  return sortSpec(sort).after(value as Value, id);
}

/** Runs the page query for limit+1 rows and turns the extra row into the next cursor. */
export function pageOf(rows: ListingRow[], limit: number, sort: SortName): { rows: ListingRow[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null };
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: encodeCursor(sort, page[page.length - 1]) };
}
