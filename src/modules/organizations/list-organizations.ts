import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { organizations, organizationTexts } from './schema.ts';
import type { ListOrganizationsQuery, OrganizationSummary } from './organization.schemas.ts';
import { presentOrganization } from './organization.presenter.ts';
import { decodeCursor, encodeCursor } from './page-cursor.ts';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The public directory. `sort=name` orders by the name shown in the viewer's language
 * (falling back to the original), compared byte-wise (COLLATE "C") so PGlite and the server
 * page identically; `sort=newest` by creation time. Both are keyset-paginated.
 */
export async function listOrganizations(
  db: DbOrTx,
  query: ListOrganizationsQuery,
  locale: string,
): Promise<{ items: OrganizationSummary[]; nextCursor: string | null }> {
  const where: SQL[] = [];
  if (query.country) where.push(eq(organizations.country, query.country));
  if (query.type) where.push(eq(organizations.type, query.type));
  if (query.verified === 'true') where.push(eq(organizations.verificationStatus, 'verified'));
  if (query.verified === 'false') where.push(ne(organizations.verificationStatus, 'verified'));
  if (query.lang) {
    where.push(sql`exists (select 1 from ${organizationTexts} t where t.organization_id = ${organizations.id} and t.lang = ${query.lang})`);
  }
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    where.push(sql`exists (select 1 from ${organizationTexts} t where t.organization_id = ${organizations.id} and t.name ilike ${pattern})`);
  }

  const sortName = sql<string>`lower(coalesce(
    (select t.name from ${organizationTexts} t where t.organization_id = ${organizations.id} and t.lang = ${locale}),
    (select t.name from ${organizationTexts} t where t.organization_id = ${organizations.id} and t.lang = ${organizations.originalLang}),
    ''))`;
  const cursor = decodeCursor(query.cursor, query.sort);
  let order: SQL[];
  if (query.sort === 'name') {
    const key = sql`${sortName} collate "C"`;
    if (cursor) where.push(sql`(${key} > ${cursor.key} collate "C" or (${key} = ${cursor.key} collate "C" and ${organizations.id} > ${cursor.id}))`);
    order = [asc(key), asc(organizations.id)];
  } else {
    if (cursor) {
      const at = sql`${cursor.key}::timestamptz`;
      where.push(sql`(${organizations.createdAt} < ${at} or (${organizations.createdAt} = ${at} and ${organizations.id} < ${cursor.id}))`);
    }
    order = [desc(organizations.createdAt), desc(organizations.id)];
  }

  const rows = await db
    .select({ org: organizations, sortName })
    .from(organizations)
    .where(where.length ? and(...where) : undefined)
    .orderBy(...order)
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const texts = page.length
    ? await db.select().from(organizationTexts).where(inArray(organizationTexts.organizationId, page.map((r) => r.org.id)))
    : [];
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({ sort: query.sort, key: query.sort === 'name' ? last.sortName : last.org.createdAt.toISOString(), id: last.org.id })
      : null;
  return { items: page.map((r) => presentOrganization(r.org, texts, locale)), nextCursor };
}
