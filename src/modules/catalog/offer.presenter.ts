import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import type { ListingRow } from './load-listing.ts';
import { factsOf } from './load-listing.ts';
import { loadFullView, loadSummaryViews, type ListingTextRow, type ListingView } from './listing-views.ts';
import { canEdit, canSeeModerationNote, canSeeOrganization, permissionsFor, type ListingFacts } from './listing.policy.ts';
import type { OfferOut, OfferSummaryOut } from './offer.schemas.ts';
import type { ListingStatus } from './listing.schemas.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function viewFacts(v: ListingView): ListingFacts {
  return v.org
    ? factsOf(v.row, v.org)
    : { organizationId: v.row.organizationId, country: '', status: v.row.status, visibility: v.row.visibility };
}

const offerText = (t: ListingTextRow) => ({
  lang: t.lang,
  source: t.source,
  title: t.title,
  summary: t.summary,
  description: t.description,
  applications: t.applications,
  advantages: t.advantages,
});

/** An offer in a list: no long texts, no attachments. */
export function presentOfferSummary(actor: Actor, v: ListingView): OfferSummaryOut {
  const r = v.row;
  return {
    id: r.id,
    kind: 'offer',
    status: r.status as ListingStatus,
    organization: v.org && canSeeOrganization(actor, viewFacts(v)) ? v.org : null,
    originalLang: r.originalLang,
    text: { lang: v.text.lang, source: v.text.source, title: v.text.title, summary: v.text.summary },
    languages: v.languages,
    fields: r.fields,
    keywords: r.keywords,
    trl: r.trl,
    ipStatus: r.ipStatus,
    transferModes: r.modes,
    price: { amount: r.priceMin, currency: r.currency, negotiable: r.negotiable },
    targetCountries: r.countries,
    submittedAt: iso(r.submittedAt),
    publishedAt: iso(r.publishedAt),
    expiresAt: iso(r.expiresAt),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The whole offer as the viewer may see it; the only way an offer leaves the server. */
export function presentOfferView(actor: Actor, v: ListingView): OfferOut {
  const r = v.row;
  const facts = viewFacts(v);
  return {
    ...presentOfferSummary(actor, v),
    text: offerText(v.text),
    patents: r.patents.map((p) => ({ number: p.number, jurisdiction: p.jurisdiction })),
    attachments: v.attachments ?? [],
    lastConfirmedAt: iso(r.lastConfirmedAt),
    closedReason: r.closedReason,
    revision: r.revision,
    moderationNote: canSeeModerationNote(actor, facts) ? r.moderationNote : null,
    permissions: permissionsFor(actor, facts),
    texts: canEdit(actor, facts) && v.texts ? v.texts.map(offerText) : undefined,
  };
}

export async function presentOffer(db: DbOrTx, actor: Actor, row: ListingRow, locale: string): Promise<OfferOut> {
  return presentOfferView(actor, await loadFullView(db, row, locale));
}

export async function presentOfferSummaries(db: DbOrTx, actor: Actor, rows: ListingRow[], locale: string): Promise<OfferSummaryOut[]> {
  return (await loadSummaryViews(db, rows, locale)).map((v) => presentOfferSummary(actor, v));
}
