import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import type { ListingRow } from './load-listing.ts';
import { loadFullView, loadSummaryViews, type ListingTextRow, type ListingView } from './listing-views.ts';
import { canEdit, canSeeModerationNote, canSeeOrganization, permissionsFor } from './listing.policy.ts';
import type { RequestOut, RequestSummaryOut } from './request.schemas.ts';
import type { ListingStatus } from './listing.schemas.ts';
import type { RequestVisibility } from '../taxonomy/enums.ts';
import { viewFacts } from './offer.presenter.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Requests live in the listings table: summary holds the problem, description the desired outcome. */
const requestText = (t: ListingTextRow) => ({
  lang: t.lang,
  source: t.source,
  title: t.title,
  problem: t.summary,
  desiredOutcome: t.description,
});

export function presentRequestSummary(actor: Actor, v: ListingView): RequestSummaryOut {
  const r = v.row;
  const hasBudget = r.priceMin !== null || r.priceMax !== null;
  return {
    id: r.id,
    kind: 'request',
    status: r.status as ListingStatus,
    organization: v.org && canSeeOrganization(actor, viewFacts(v)) ? v.org : null,
    originalLang: r.originalLang,
    text: { lang: v.text.lang, source: v.text.source, title: v.text.title, problem: v.text.summary },
    languages: v.languages,
    fields: r.fields,
    keywords: r.keywords,
    minTrl: r.trl,
    budget: hasBudget ? { min: r.priceMin, max: r.priceMax, currency: r.currency } : null,
    cooperationModes: r.modes,
    deadline: r.deadline,
    neededCountries: r.countries,
    visibility: r.visibility as RequestVisibility,
    submittedAt: iso(r.submittedAt),
    publishedAt: iso(r.publishedAt),
    expiresAt: iso(r.expiresAt),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The whole request as the viewer may see it; the only way a request leaves the server. */
export function presentRequestView(actor: Actor, v: ListingView): RequestOut {
  const r = v.row;
  const facts = viewFacts(v);
  return {
    ...presentRequestSummary(actor, v),
    text: requestText(v.text),
    attachments: v.attachments ?? [],
    lastConfirmedAt: iso(r.lastConfirmedAt),
    closedReason: r.closedReason,
    revision: r.revision,
    moderationNote: canSeeModerationNote(actor, facts) ? r.moderationNote : null,
    permissions: permissionsFor(actor, facts),
    texts: canEdit(actor, facts) && v.texts ? v.texts.map(requestText) : undefined,
  };
}

export async function presentRequest(db: DbOrTx, actor: Actor, row: ListingRow, locale: string): Promise<RequestOut> {
  return presentRequestView(actor, await loadFullView(db, row, locale));
}

export async function presentRequestSummaries(db: DbOrTx, actor: Actor, rows: ListingRow[], locale: string): Promise<RequestSummaryOut[]> {
  return (await loadSummaryViews(db, rows, locale)).map((v) => presentRequestSummary(actor, v));
}
