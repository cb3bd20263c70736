import { z } from 'zod';
import { IP_STATUSES } from '../taxonomy/enums.ts';
import { pageQuery } from '../../server/http/schemas.ts';
import {
  LISTING_STATUSES,
  attachmentOut,
  checkTextLanguages,
  countryListSchema,
  currencySchema,
  fieldCodesSchema,
  isCountryCode,
  isoDate,
  keywordsSchema,
  listFilterQuery,
  listResponse,
  localeSchema,
  modesSchema,
  moneyAmount,
  organizationLite,
  permissionsOut,
  revisionSchema,
  trlSchema,
  userText,
} from './listing.schemas.ts';

export const offerTextInput = z.object({
  lang: localeSchema,
  title: userText(3, 300),
  summary: userText(1, 2_000),
  description: userText(0, 20_000).default(''),
  applications: userText(0, 20_000).default(''),
  advantages: userText(0, 20_000).default(''),
});

export const patentInput = z.object({
  number: z.string().min(1).max(40),
  jurisdiction: z
    .string()
    .refine((j) => j === 'EP' || j === 'WO' || isCountryCode(j), 'Use a country code, EP or WO.'),
});

/** An amount with its currency, or "negotiable" (or both: an indicative, negotiable price). */
export const priceInput = z
  .object({
    amount: moneyAmount.nullable(),
    currency: currencySchema.nullable(),
    negotiable: z.boolean(),
  })
  .superRefine((p, ctx) => {
    if (p.amount !== null && p.currency === null) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'Give the currency of the amount.' });
    if (p.amount === null && p.currency !== null) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'Give an amount for the currency.' });
    if (p.amount === null && !p.negotiable) ctx.addIssue({ code: 'custom', path: ['negotiable'], message: 'Give an amount or mark the price negotiable.' });
  });

const offerTexts = z.array(offerTextInput).min(1).max(10);
const patents = z.array(patentInput).max(30, 'At most 30 patents.');

export const offerCreateBody = z
  .object({
    organizationId: z.uuid(),
    originalLang: localeSchema,
    texts: offerTexts,
    fields: fieldCodesSchema,
    keywords: keywordsSchema.default([]),
    trl: trlSchema,
    ipStatus: z.enum(IP_STATUSES),
    patents: patents.default([]),
    transferModes: modesSchema,
    price: priceInput.default({ amount: null, currency: null, negotiable: true }),
    targetCountries: countryListSchema.default([]),
  })
  .superRefine(checkTextLanguages);

/** PATCH: any subset; `texts` replaces the whole set of language versions. */
export const offerPatchBody = z
  .object({
    revision: revisionSchema.optional(),
    originalLang: localeSchema.optional(),
    texts: offerTexts.optional(),
    fields: fieldCodesSchema.optional(),
    keywords: keywordsSchema.optional(),
    trl: trlSchema.optional(),
    ipStatus: z.enum(IP_STATUSES).optional(),
    patents: patents.optional(),
    transferModes: modesSchema.optional(),
    price: priceInput.optional(),
    targetCountries: countryListSchema.optional(),
  })
  .superRefine(checkTextLanguages);

export type OfferCreateBody = z.infer<typeof offerCreateBody>;
export type OfferPatchBody = z.infer<typeof offerPatchBody>;

const offerTextOut = z.object({
  lang: z.string(),
  source: z.string(),
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  applications: z.string(),
  advantages: z.string(),
});

const priceOut = z.object({ amount: z.number().nullable(), currency: z.string().nullable(), negotiable: z.boolean() });

export const offerSummaryOut = z.object({
  id: z.string(),
  kind: z.literal('offer'),
  status: z.enum(LISTING_STATUSES),
  organization: organizationLite.nullable(),
  originalLang: z.string(),
  text: offerTextOut.pick({ lang: true, source: true, title: true, summary: true }),
  languages: z.array(z.string()),
  fields: z.array(z.string()),
  keywords: z.array(z.string()),
  trl: z.number(),
  ipStatus: z.string().nullable(),
  transferModes: z.array(z.string()),
  price: priceOut,
  targetCountries: z.array(z.string()),
  submittedAt: isoDate.nullable(),
  publishedAt: isoDate.nullable(),
  expiresAt: isoDate.nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const offerOut = offerSummaryOut.extend({
  text: offerTextOut,
  patents: z.array(z.object({ number: z.string(), jurisdiction: z.string() })),
  attachments: z.array(attachmentOut),
  lastConfirmedAt: isoDate.nullable(),
  closedReason: z.string().nullable(),
  revision: z.number(),
  moderationNote: z.string().nullable().meta({ description: 'Only for the owning organisation, operators and admins; null otherwise.' }),
  permissions: permissionsOut,
  texts: z.array(offerTextOut).optional().meta({ description: 'Every language version; only for viewers who may edit.' }),
});

export type OfferOut = z.infer<typeof offerOut>;
export type OfferSummaryOut = z.infer<typeof offerSummaryOut>;

export const offerListQuery = pageQuery.extend(listFilterQuery.shape).extend({
  sort: z.enum(['newest', 'oldest', 'trl']).default('newest'),
});

export const offerListOut = listResponse(offerSummaryOut);
