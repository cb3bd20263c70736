import { z } from 'zod';
import { LOCALES, TRANSFER_MODES } from '../taxonomy/enums.ts';
import { ALL_FIELD_CODES } from '../taxonomy/field-codes.ts';

/**
 * Validation pieces shared by offers and requests. User text is never trimmed or
 * normalized: we only check its length (in characters, i.e. code points, so an emoji
 * counts once) and that PostgreSQL can store it byte for byte.
 */

const FIELD_CODE_SET = new Set(ALL_FIELD_CODES);
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** A NUL cannot be stored in a text column; a lone surrogate would not survive UTF-8. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const LISTING_STATUSES = [
  'draft',
  'submitted',
  'changes_requested',
  'published',
  'rejected',
  'paused',
  'closed',
  'expired',
] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];
export type ListingKind = 'offer' | 'request';

export const isCountryCode = (c: string) => /^[A-Z]{2}$/.test(c) && c !== 'ZZ' && REGION_NAMES.of(c) !== undefined;
export const isCurrencyCode = (c: string) => /^[A-Z]{3}$/.test(c) && CURRENCIES.has(c);
export const isFieldCode = (c: string) => FIELD_CODE_SET.has(c);

const charCount = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** A user-written text of `min`–`max` characters; `min` ignores surrounding white space. */
export function userText(min: number, max: number) {
  return z
    .string()
    .superRefine((s, ctx) => {
      if (UNSTORABLE.test(s)) ctx.addIssue({ code: 'custom', message: 'Contains characters that cannot be stored (NUL or broken surrogate).' });
      if (min > 0 && charCount(s.trim()) < min) ctx.addIssue({ code: 'custom', message: `Use at least ${min} characters.` });
      if (charCount(s) > max) ctx.addIssue({ code: 'custom', message: `Use at most ${max.toLocaleString('en')} characters.` });
    })
    .meta({ description: `${min}–${max} characters; stored exactly as sent.` });
}

export const localeSchema = z.enum(LOCALES);

/** A list of codes checked as a whole, so the error names the list ("fields"), not an index. */
function codeList(isValid: (c: string) => boolean, what: string, max: number, min = 0) {
  return z
    .array(z.string().max(64))
    .max(max, `At most ${max} allowed.`)
    .superRefine((codes, ctx) => {
      const unknown = codes.filter((c) => !isValid(c));
      if (unknown.length) ctx.addIssue({ code: 'custom', message: `Unknown ${what}: ${unknown.join(', ')}` });
      else if (new Set(codes).size !== codes.length) ctx.addIssue({ code: 'custom', message: 'Each code may appear only once.' });
      if (codes.length < min) ctx.addIssue({ code: 'custom', message: `Choose at least ${min}.` });
    });
}

export const fieldCodesSchema = codeList(isFieldCode, 'field code', 5, 1).meta({
  description: '1–5 codes of the fields-of-technology taxonomy (GET /taxonomy/fields).',
});
export const countryListSchema = codeList(isCountryCode, 'country code (use ISO 3166-1 alpha-2, e.g. TH)', 60).meta({
  description: 'ISO 3166-1 alpha-2 country codes.',
});
export const modesSchema = z
  .array(z.enum(TRANSFER_MODES))
  .min(1, 'Choose at least one mode.')
  .max(TRANSFER_MODES.length)
  .refine((m) => new Set(m).size === m.length, 'Each mode may appear only once.');
export const keywordsSchema = z.array(userText(1, 60)).max(20, 'At most 20 keywords.');
export const trlSchema = z.number().int('Use a whole number.').min(1, 'TRL is 1–9.').max(9, 'TRL is 1–9.');
export const currencySchema = z
  .string()
  .refine(isCurrencyCode, 'Unknown currency code (use ISO 4217, e.g. USD).')
  .meta({ description: 'ISO 4217 code, upper case.' });
/** Integer minor units (cents, fen, satang…). */
export const moneyAmount = z.number().int('Use integer minor units.').min(0).max(Number.MAX_SAFE_INTEGER);

/** 'YYYY-MM-DD' naming a real calendar day. Whether it is in the future is checked against the clock in the command. */
export const dateOnlySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD.')
  .refine((d) => {
    const t = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
  }, 'Not a calendar date.');

/** Every text language appears once and the original language is among them. */
export function checkTextLanguages(
  value: { originalLang?: string; texts?: { lang: string }[] },
  ctx: z.RefinementCtx,
) {
  if (!value.texts) return;
  const langs = value.texts.map((t) => t.lang);
  if (new Set(langs).size !== langs.length) {
    ctx.addIssue({ code: 'custom', path: ['texts'], message: 'Each language may appear only once.' });
  }
  if (value.originalLang && !langs.includes(value.originalLang)) {
    ctx.addIssue({ code: 'custom', path: ['texts'], message: `Include a text in the original language (${value.originalLang}).` });
  }
}

export const revisionSchema = z.number().int().min(1).meta({ description: 'The revision you edited; a different current revision answers 409.' });

// ---- output pieces ----

export const organizationLite = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string(),
  type: z.string(),
  verified: z.boolean(),
});

export const attachmentOut = z.object({
  id: z.string(),
  kind: z.string(),
  mime: z.string(),
  name: z.string(),
  sizeBytes: z.number(),
  url: z.string(),
});

export const permissionsOut = z.object({ edit: z.boolean(), submit: z.boolean(), moderate: z.boolean() });

export const isoDate = z.string().meta({ description: 'ISO 8601 timestamp (UTC).' });

export const reasonBody = z.object({ reason: userText(1, 2000) });
export const closeBody = z.object({ reason: z.enum(['transferred', 'withdrawn']) });

/** Query parameters shared by the offer and request lists. */
export const listFilterQuery = z.object({
  q: z.string().max(200).optional(),
  country: z.string().max(8).optional(),
  field: z.string().max(64).optional(),
  trlMin: z.coerce.number().int().min(1).max(9).optional(),
  trlMax: z.coerce.number().int().min(1).max(9).optional(),
  mode: z.enum(TRANSFER_MODES).optional(),
  orgType: z.string().max(64).optional(),
  lang: localeSchema.optional(),
  organization: z.uuid().optional(),
  status: z.enum(LISTING_STATUSES).optional(),
  locale: localeSchema.optional(),
  withTotal: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'Also count all matching listings (costs a second query).' }),
});

export const listResponse = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().optional() });
