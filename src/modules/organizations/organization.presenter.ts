import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { organizations, organizationTexts } from './schema.ts';
import type { OrganizationDetail, OrganizationSummary } from './organization.schemas.ts';
import { canEditOrganization, canVerifyIn, isOwnerOf } from './organization.policy.ts';

export type OrganizationRow = typeof organizations.$inferSelect;
export type OrganizationTextRow = typeof organizationTexts.$inferSelect;

/** The viewer's language version if there is one, else the original, else whatever exists. */
export function pickText(texts: OrganizationTextRow[], locale: string, originalLang: string): OrganizationTextRow | undefined {
  return texts.find((t) => t.lang === locale) ?? texts.find((t) => t.lang === originalLang) ?? texts[0];
}

export const logoUrl = (fileId: string | null) => (fileId ? `/api/v1/files/${fileId}` : null);

export function presentOrganization(row: OrganizationRow, texts: OrganizationTextRow[], locale: string): OrganizationSummary {
  const own = texts.filter((t) => t.organizationId === row.id);
  const text = pickText(own, locale, row.originalLang);
  return {
    id: row.id,
    type: row.type,
    country: row.country,
    region: row.region,
    website: row.website,
    name: text?.name ?? '',
    description: text?.description ?? '',
    lang: text?.lang ?? row.originalLang,
    originalLang: row.originalLang,
    verified: row.verificationStatus === 'verified',
    verificationStatus: row.verificationStatus,
    logoUrl: logoUrl(row.logoFileId),
    isDemo: row.isDemo,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The full organisation page: every language version and what the viewer may do. */
export function presentOrganizationDetail(
  row: OrganizationRow,
  texts: OrganizationTextRow[],
  locale: string,
  actor: Actor,
): OrganizationDetail {
  const own = texts.filter((t) => t.organizationId === row.id);
  const ordered = [...own].sort((a, b) => (a.lang === row.originalLang ? -1 : b.lang === row.originalLang ? 1 : a.lang.localeCompare(b.lang)));
  const insider = canEditOrganization(actor, row.id) || canVerifyIn(actor, row.country);
  return {
    ...presentOrganization(row, own, locale),
    updatedAt: row.updatedAt.toISOString(),
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    verificationNote: insider ? row.verificationNote : null,
    languages: ordered.map((t) => t.lang),
    texts: ordered.map((t) => ({ lang: t.lang, source: t.source, name: t.name, description: t.description })),
    myRole: actor.token ? null : (actor.memberships.get(row.id) ?? null),
    permissions: { edit: canEditOrganization(actor, row.id), manage: isOwnerOf(actor, row.id), verify: canVerifyIn(actor, row.country) },
  };
}

/** For other modules (e.g. the catalog showing a listing's organisation): id → summary. */
export async function loadOrganizationSummaries(db: DbOrTx, ids: readonly string[], locale: string): Promise<Map<string, OrganizationSummary>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, OrganizationSummary>();
  if (unique.length === 0) return out;
  const [rows, texts] = await Promise.all([
    db.select().from(organizations).where(inArray(organizations.id, unique)),
    db.select().from(organizationTexts).where(inArray(organizationTexts.organizationId, unique)),
  ]);
  for (const row of rows) out.set(row.id, presentOrganization(row, texts, locale));
  return out;
}
