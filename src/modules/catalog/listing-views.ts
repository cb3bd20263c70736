import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { PresentedFile } from '../files/store-upload.ts';
import { listingTexts } from './schema.ts';
import type { ListingRow } from './load-listing.ts';
import { loadOrganizationFacts, type OrganizationFacts } from './organization-lookup.ts';
import { loadAttachments } from './listing-files.ts';

export type ListingTextRow = typeof listingTexts.$inferSelect;

/** Everything the presenters need about one listing, loaded in batches for a whole page. */
export interface ListingView {
  row: ListingRow;
  org: OrganizationFacts | undefined;
  /** The viewer's language version if there is one, else the original. */
  text: ListingTextRow;
  /** Languages available, the original first. */
  languages: string[];
  /** Only when loaded in full: every language version and the attachments. */
  texts?: ListingTextRow[];
  attachments?: PresentedFile[];
}

function pickLang(langs: string[], locale: string, originalLang: string): string {
  if (langs.includes(locale)) return locale;
  if (langs.includes(originalLang)) return originalLang;
  return langs[0];
}

const orderLangs = (langs: string[], originalLang: string) =>
  [...langs].sort((a, b) => (a === originalLang ? -1 : b === originalLang ? 1 : a.localeCompare(b)));

/** For lists: one query for the languages, one for the chosen texts, one for organisations. */
export async function loadSummaryViews(db: DbOrTx, rows: ListingRow[], locale: string): Promise<ListingView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [langRows, orgs] = await Promise.all([
    db.select({ id: listingTexts.listingId, lang: listingTexts.lang }).from(listingTexts).where(inArray(listingTexts.listingId, ids)),
    loadOrganizationFacts(db, rows.map((r) => r.organizationId), locale),
  ]);
  const langsOf = new Map<string, string[]>();
  for (const l of langRows) langsOf.set(l.id, [...(langsOf.get(l.id) ?? []), l.lang]);
  const chosen = rows.map((r) => ({ id: r.id, lang: pickLang(langsOf.get(r.id) ?? [], locale, r.originalLang) }));
  const wanted = chosen.filter((c) => c.lang);
  const pairs = sql.join(
    wanted.map((c) => sql`(${c.id}::uuid, ${c.lang})`),
    sql`, `,
  );
  const texts = wanted.length
    ? await db
        .select()
        .from(listingTexts)
        .where(sql`(${listingTexts.listingId}, ${listingTexts.lang}) IN (${pairs})`)
    : [];
  const textOf = new Map(texts.map((t) => [t.listingId, t]));
  return rows.flatMap((row) => {
    const text = textOf.get(row.id);
    if (!text) return []; // a listing always has its original text; skip rather than crash if not
    return [{ row, org: orgs.get(row.organizationId), text, languages: orderLangs(langsOf.get(row.id) ?? [], row.originalLang) }];
  });
}

/** For one listing page: all language versions and the attachments. */
export async function loadFullView(db: DbOrTx, row: ListingRow, locale: string): Promise<ListingView> {
  const [texts, orgs, attachments] = await Promise.all([
    db.select().from(listingTexts).where(eq(listingTexts.listingId, row.id)).orderBy(asc(listingTexts.lang)),
    loadOrganizationFacts(db, [row.organizationId], locale),
    loadAttachments(db, [row.id]),
  ]);
  const langs = orderLangs(
    texts.map((t) => t.lang),
    row.originalLang,
  );
  const lang = pickLang(langs, locale, row.originalLang);
  return {
    row,
    org: orgs.get(row.organizationId),
    text: texts.find((t) => t.lang === lang)!,
    languages: langs,
    texts: langs.map((l) => texts.find((t) => t.lang === l)!),
    attachments: attachments.get(row.id) ?? [],
  };
}
