import { z } from 'zod';
import { REQUEST_VISIBILITIES } from '../taxonomy/enums.ts';
import { pageQuery } from '../../server/http/schemas.ts';
import {
  LISTING_STATUSES,
  attachmentOut,
  checkTextLanguages,
  countryListSchema,
  currencySchema,
  dateOnlySchema,
  fieldCodesSchema,
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

/**
 * A technology request is stored in the listings table (see docs/decisions/0002):
 * problem → summary, desiredOutcome → description, minTrl → trl, budget → priceMin/priceMax.
 */
export const requestTextInput = z.object({
  lang: localeSchema,
  title: userText(3, 300),
  problem: userText(1, 20_000),
  desiredOutcome: userText(0, 20_000).default(''),
});

export const budgetInput = z
  .object({ min: moneyAmount, max: moneyAmount, currency: currencySchema })
  .superRefine((b, ctx) => {
    if (b.min > b.max) ctx.addIssue({ code: 'custom', path: ['max'], message: 'The maximum must not be below the minimum.' });
  });

const requestTexts = z.array(requestTextInput).min(1).max(10);
const visibility = z.enum(REQUEST_VISIBILITIES);

export const requestCreateBody = z
  .object({
    organizationId: z.uuid(),
    originalLang: localeSchema,
    texts: requestTexts,
    fields: fieldCodesSchema,
    keywords: keywordsSchema.default([]),
    minTrl: trlSchema,
    budget: budgetInput.nullable().default(null),
    cooperationModes: modesSchema,
    deadline: dateOnlySchema.nullable().default(null),
    neededCountries: countryListSchema.default([]),
    visibility: visibility.default('public'),
  })
  .superRefine(checkTextLanguages);

export const requestPatchBody = z
  .object({
    revision: revisionSchema.optional(),
    originalLang: localeSchema.optional(),
    texts: requestTexts.optional(),
    fields: fieldCodesSchema.optional(),
    keywords: keywordsSchema.optional(),
    minTrl: trlSchema.optional(),
    budget: budgetInput.nullable().optional(),
    cooperationModes: modesSchema.optional(),
    deadline: dateOnlySchema.nullable().optional(),
    neededCountries: countryListSchema.optional(),
    visibility: visibility.optional(),
  })
  .superRefine(checkTextLanguages);

export type RequestCreateBody = z.infer<typeof requestCreateBody>;
export type RequestPatchBody = z.infer<typeof requestPatchBody>;

const requestTextOut = z.object({
  lang: z.string(),
  source: z.string(),
  title: z.string(),
  problem: z.string(),
  desiredOutcome: z.string(),
});

const budgetOut = z.object({ min: z.number().nullable(), max: z.number().nullable(), currency: z.string().nullable() });

export const requestSummaryOut = z.object({
  id: z.string(),
  kind: z.literal('request'),
  status: z.enum(LISTING_STATUSES),
  organization: organizationLite.nullable().meta({ description: 'null for anonymous requests seen from outside the organisation.' }),
  originalLang: z.string(),
  text: requestTextOut.pick({ lang: true, source: true, title: true, problem: true }),
  languages: z.array(z.string()),
  fields: z.array(z.string()),
  keywords: z.array(z.string()),
  minTrl: z.number(),
  budget: budgetOut.nullable(),
  cooperationModes: z.array(z.string()),
  deadline: z.string().nullable(),
  neededCountries: z.array(z.string()),
  visibility: visibility,
  submittedAt: isoDate.nullable(),
  publishedAt: isoDate.nullable(),
  expiresAt: isoDate.nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const requestOut = requestSummaryOut.extend({
  text: requestTextOut,
  attachments: z.array(attachmentOut),
  lastConfirmedAt: isoDate.nullable(),
  closedReason: z.string().nullable(),
  revision: z.number(),
  moderationNote: z.string().nullable(),
  permissions: permissionsOut,
  texts: z.array(requestTextOut).optional(),
});

export type RequestOut = z.infer<typeof requestOut>;
export type RequestSummaryOut = z.infer<typeof requestSummaryOut>;

export const requestListQuery = pageQuery.extend(listFilterQuery.shape).extend({
  sort: z.enum(['newest', 'oldest', 'trl', 'deadline']).default('newest'),
});

export const requestListOut = listResponse(requestSummaryOut);
