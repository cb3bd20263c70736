import { z } from 'zod';
import { pageQuery } from '../../server/http/schemas.ts';
import { LOCALES, MEMBER_ROLES, NETWORK_COUNTRIES, ORGANIZATION_TYPES } from '../taxonomy/enums.ts';

export const MAX_NAME = 200;
export const MAX_DESCRIPTION = 10_000;
export const API_TOKEN_SCOPES = ['listings:read', 'listings:write'] as const;

const codePoints = (s: string) => [...s].length;
// PostgreSQL text cannot hold NUL; refuse it as a field error instead of failing in the database.
const noNul = (s: string) => !s.includes('\u0000');

export const localeSchema = z.enum(LOCALES, { error: 'Choose one of the supported languages.' });
export const countrySchema = z.enum(NETWORK_COUNTRIES, { error: 'Choose China or an ASEAN member country (ISO code).' });
export const organizationTypeSchema = z.enum(ORGANIZATION_TYPES, { error: 'Unknown organisation type.' });
export const memberRoleSchema = z.enum(MEMBER_ROLES, { error: 'Choose owner, editor or member.' });

const websiteSchema = z
  .url({ protocol: /^https?$/, error: 'Enter a web address starting with http:// or https://.' })
  .max(500);

/** One language version of the name and description. The description is kept exactly as sent. */
export const organizationTextInput = z.object({
  lang: localeSchema,
  name: z
    .string()
    .trim()
    .min(1, 'Enter a name.')
    .refine((s) => codePoints(s) <= MAX_NAME, `At most ${MAX_NAME} characters.`)
    .refine(noNul, 'Contains a NUL character.'),
  description: z
    .string()
    .refine((s) => codePoints(s) <= MAX_DESCRIPTION, `At most ${MAX_DESCRIPTION} characters.`)
    .refine(noNul, 'Contains a NUL character.')
    .default(''),
});
export type OrganizationTextInput = z.infer<typeof organizationTextInput>;

const textsSchema = z.array(organizationTextInput).min(1, 'Give at least the original-language text.').max(LOCALES.length);

/** Both create and update refuse two versions of one language. */
function noDuplicateLangs(texts: { lang: string }[] | undefined, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const t of texts ?? []) {
    if (seen.has(t.lang)) ctx.addIssue({ code: 'custom', path: ['texts'], message: `Two texts in ${t.lang}.` });
    seen.add(t.lang);
  }
}

export const createOrganizationBody = z
  .object({
    type: organizationTypeSchema,
    country: countrySchema,
    region: z.string().trim().max(120).default(''),
    website: websiteSchema.nullish(),
    originalLang: localeSchema,
    texts: textsSchema,
  })
  .superRefine((body, ctx) => {
    noDuplicateLangs(body.texts, ctx);
    if (!body.texts.some((t) => t.lang === body.originalLang)) {
      ctx.addIssue({ code: 'custom', path: ['texts'], message: `Include the text in the original language (${body.originalLang}).` });
    }
  });
export type CreateOrganizationInput = z.infer<typeof createOrganizationBody>;

/** Texts are upserted per language; `removeLangs` drops versions (never the original). */
export const updateOrganizationBody = z
  .object({
    type: organizationTypeSchema.optional(),
    country: countrySchema.optional(),
    region: z.string().trim().max(120).optional(),
    website: websiteSchema.nullable().optional(),
    originalLang: localeSchema.optional(),
    texts: textsSchema.optional(),
    removeLangs: z.array(localeSchema).max(LOCALES.length).optional(),
  })
  .superRefine((body, ctx) => noDuplicateLangs(body.texts, ctx));
export type UpdateOrganizationInput = z.infer<typeof updateOrganizationBody>;

export const listOrganizationsQuery = pageQuery.extend({
  q: z.string().trim().max(200).optional(),
  country: countrySchema.optional(),
  type: organizationTypeSchema.optional(),
  verified: z.enum(['true', 'false']).optional(),
  /** Only organisations that have a name/description in this language. */
  lang: localeSchema.optional(),
  sort: z.enum(['name', 'newest']).default('name'),
  locale: localeSchema.optional(),
});
export type ListOrganizationsQuery = z.infer<typeof listOrganizationsQuery>;

export const localeQuery = z.object({ locale: localeSchema.optional() });

export const organizationSummary = z.object({
  id: z.string(),
  type: z.string(),
  country: z.string(),
  region: z.string(),
  website: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  lang: z.string().describe('Language of the name and description shown'),
  originalLang: z.string(),
  verified: z.boolean(),
  verificationStatus: z.string(),
  logoUrl: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type OrganizationSummary = z.infer<typeof organizationSummary>;

export const organizationDetail = organizationSummary.extend({
  updatedAt: z.string(),
  verifiedAt: z.string().nullable(),
  /** Reason of the last rejection; shown to the organisation's editors and operators only. */
  verificationNote: z.string().nullable(),
  languages: z.array(z.string()),
  texts: z.array(z.object({ lang: z.string(), source: z.string(), name: z.string(), description: z.string() })),
  myRole: z.string().nullable(),
  permissions: z.object({ edit: z.boolean(), manage: z.boolean(), verify: z.boolean() }),
});
export type OrganizationDetail = z.infer<typeof organizationDetail>;

export const organizationPage = z.object({ items: z.array(organizationSummary), nextCursor: z.string().nullable() });

export const memberView = z.object({
  userId: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: z.string(),
  since: z.string(),
});
export const memberParams = z.object({ id: z.uuid({ message: 'Must be a UUID.' }), userId: z.uuid({ message: 'Must be a UUID.' }) });
export const changeRoleBody = z.object({ role: memberRoleSchema });

export const invitationBody = z.object({
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ error: 'Enter a valid email address.' }))
    .transform((e) => e.toLowerCase()),
  role: memberRoleSchema.default('member'),
});
export const invitationView = z.object({
  id: z.string(),
  email: z.string(),
  role: z.string(),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
});
export const invitationParams = z.object({ id: z.uuid({ message: 'Must be a UUID.' }), invitationId: z.uuid({ message: 'Must be a UUID.' }) });
export const acceptInvitationBody = z.object({ token: z.string().min(10).max(200) });

export const rejectVerificationBody = z.object({ reason: z.string().trim().min(1, 'Give a reason.').max(2000) });
export const verificationQueueQuery = pageQuery.extend({ country: countrySchema.optional(), locale: localeSchema.optional() });

export const apiTokenBody = z.object({
  name: z.string().trim().min(1, 'Name the token.').max(100),
  scopes: z
    .array(z.enum(API_TOKEN_SCOPES, { error: 'Scopes are listings:read and listings:write.' }))
    .min(1, 'Choose at least one scope.')
    .max(API_TOKEN_SCOPES.length)
    .refine((s) => new Set(s).size === s.length, 'A scope is listed twice.'),
});
export const apiTokenView = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const apiTokenParams = z.object({ id: z.uuid({ message: 'Must be a UUID.' }), tokenId: z.uuid({ message: 'Must be a UUID.' }) });
