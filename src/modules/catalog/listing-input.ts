import type { ListingKind } from './listing.schemas.ts';
import type { OfferCreateBody, OfferPatchBody } from './offer.schemas.ts';
import type { RequestCreateBody, RequestPatchBody } from './request.schemas.ts';

/**
 * What commands work with: the columns of one listing, whatever its kind. The API shapes of
 * offers and requests are mapped onto it here (docs/decisions/0002-one-listings-table.md).
 */
export interface ListingTextInput {
  lang: string;
  title: string;
  summary: string;
  description: string;
  applications: string;
  advantages: string;
}

export interface ListingValues {
  originalLang: string;
  texts: ListingTextInput[];
  fields: string[];
  keywords: string[];
  trl: number;
  ipStatus: string | null;
  patents: { number: string; jurisdiction: string }[];
  modes: string[];
  priceMin: number | null;
  priceMax: number | null;
  currency: string | null;
  negotiable: boolean;
  countries: string[];
  deadline: string | null;
  visibility: string;
}

export interface CreateListingInput extends ListingValues {
  kind: ListingKind;
  organizationId: string;
}

export type ListingPatch = Partial<ListingValues> & { revision?: number };

/** Changing one of these on a published listing sends it back to moderation. */
export const MATERIAL_KEYS = [
  'originalLang',
  'texts',
  'fields',
  'trl',
  'ipStatus',
  'patents',
  'modes',
  'priceMin',
  'priceMax',
  'currency',
  'negotiable',
  'countries',
  'visibility',
] as const satisfies readonly (keyof ListingValues)[];

type OfferText = OfferCreateBody['texts'][number];
type RequestText = RequestCreateBody['texts'][number];

const offerText = (t: OfferText): ListingTextInput => ({ ...t });
const requestText = (t: RequestText): ListingTextInput => ({
  lang: t.lang,
  title: t.title,
  summary: t.problem,
  description: t.desiredOutcome,
  applications: '',
  advantages: '',
});

export function offerInput(b: OfferCreateBody): CreateListingInput {
  return {
    kind: 'offer',
    organizationId: b.organizationId,
    originalLang: b.originalLang,
    texts: b.texts.map(offerText),
    fields: b.fields,
    keywords: b.keywords,
    trl: b.trl,
    ipStatus: b.ipStatus,
    patents: b.patents,
    modes: b.transferModes,
    priceMin: b.price.amount,
    priceMax: null,
    currency: b.price.currency,
    negotiable: b.price.negotiable,
    countries: b.targetCountries,
    deadline: null,
    visibility: 'public',
  };
}

export function requestInput(b: RequestCreateBody): CreateListingInput {
  return {
    kind: 'request',
    organizationId: b.organizationId,
    originalLang: b.originalLang,
    texts: b.texts.map(requestText),
    fields: b.fields,
    keywords: b.keywords,
    trl: b.minTrl,
    ipStatus: null,
    patents: [],
    modes: b.cooperationModes,
    priceMin: b.budget?.min ?? null,
    priceMax: b.budget?.max ?? null,
    currency: b.budget?.currency ?? null,
    negotiable: false,
    countries: b.neededCountries,
    deadline: b.deadline,
    visibility: b.visibility,
  };
}

/** Keeps only the keys the client sent, so PATCH leaves everything else alone. */
function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function offerPatch(b: OfferPatchBody): ListingPatch {
  return defined({
    revision: b.revision,
    originalLang: b.originalLang,
    texts: b.texts?.map(offerText),
    fields: b.fields,
    keywords: b.keywords,
    trl: b.trl,
    ipStatus: b.ipStatus,
    patents: b.patents,
    modes: b.transferModes,
    priceMin: b.price ? b.price.amount : undefined,
    currency: b.price ? b.price.currency : undefined,
    negotiable: b.price ? b.price.negotiable : undefined,
    countries: b.targetCountries,
  });
}

export function requestPatch(b: RequestPatchBody): ListingPatch {
  const budget = b.budget === undefined ? undefined : b.budget;
  return defined({
    revision: b.revision,
    originalLang: b.originalLang,
    texts: b.texts?.map(requestText),
    fields: b.fields,
    keywords: b.keywords,
    trl: b.minTrl,
    priceMin: budget === undefined ? undefined : (budget?.min ?? null),
    priceMax: budget === undefined ? undefined : (budget?.max ?? null),
    currency: budget === undefined ? undefined : (budget?.currency ?? null),
    modes: b.cooperationModes,
    deadline: b.deadline,
    countries: b.neededCountries,
    visibility: b.visibility,
  });
}
