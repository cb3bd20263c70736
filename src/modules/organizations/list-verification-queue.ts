import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { forbidden } from '../../server/http/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { organizations, organizationTexts } from './schema.ts';
import type { OrganizationSummary } from './organization.schemas.ts';
import { presentOrganization } from './organization.presenter.ts';
import { requirePerson } from './organization.policy.ts';
import { decodeCursor, encodeCursor } from './page-cursor.ts';

/** Pending verification requests an operator may decide (administrators: all), oldest organisation first. */
export async function listVerificationQueue(
  db: DbOrTx,
  actor: Actor,
  query: { country?: string; cursor?: string; limit: number },
  locale: string,
): Promise<{ items: OrganizationSummary[]; nextCursor: string | null }> {
  requirePerson(actor);
  if (!actor.isAdmin && actor.operatorCountries.length === 0) {
    throw forbidden('organization.not_operator', 'Only national operators and administrators see the verification queue.');
  }
  const where: SQL[] = [eq(organizations.verificationStatus, 'pending')];
  if (!actor.isAdmin) where.push(inArray(organizations.country, actor.operatorCountries));
  if (query.country) where.push(eq(organizations.country, query.country));
  const cursor = decodeCursor(query.cursor, 'queue');
  if (cursor) {
    const at = sql`${cursor.key}::timestamptz`;
    where.push(sql`(${organizations.createdAt} > ${at} or (${organizations.createdAt} = ${at} and ${organizations.id} > ${cursor.id}))`);
  }
  const rows = await db
    .select()
    .from(organizations)
    .where(and(...where))
    .orderBy(asc(organizations.createdAt), asc(organizations.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const texts = page.length
    ? await db.select().from(organizationTexts).where(inArray(organizationTexts.organizationId, page.map((r) => r.id)))
    : [];
  const last = page[page.length - 1];
  return {
    items: page.map((r) => presentOrganization(r, texts, locale)),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ sort: 'queue', key: last.createdAt.toISOString(), id: last.id }) : null,
  };
}
