import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import type { ListingRow } from './load-listing.ts';
import { loadSummaryViews } from './listing-views.ts';
import { presentOffer, presentOfferSummary } from './offer.presenter.ts';
import { presentRequest, presentRequestSummary } from './request.presenter.ts';
import type { OfferOut, OfferSummaryOut } from './offer.schemas.ts';
import type { RequestOut, RequestSummaryOut } from './request.schemas.ts';

/** For endpoints that return either kind (moderation, the owner dashboard). */
export function presentListing(db: DbOrTx, actor: Actor, row: ListingRow, locale: string): Promise<OfferOut | RequestOut> {
  return row.kind === 'offer' ? presentOffer(db, actor, row, locale) : presentRequest(db, actor, row, locale);
}

export async function presentListingSummaries(
  db: DbOrTx,
  actor: Actor,
  rows: ListingRow[],
  locale: string,
): Promise<(OfferSummaryOut | RequestSummaryOut)[]> {
  const views = await loadSummaryViews(db, rows, locale);
  return views.map((v) => (v.row.kind === 'offer' ? presentOfferSummary(actor, v) : presentRequestSummary(actor, v)));
}
