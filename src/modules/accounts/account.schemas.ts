import { z } from 'zod';
import { LOCALES } from '../taxonomy/enums.ts';

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address.' }))
  .transform((e) => e.toLowerCase());
export const passwordSchema = z.string().min(10, 'Use at least 10 characters.').max(256);
export const localeSchema = z.enum(LOCALES);
export const calendarSchema = z.enum(['gregory', 'buddhist']);

export const registerBody = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(1).max(120),
  locale: localeSchema.default('en'),
});

export const loginBody = z.object({
  email: emailSchema,
  password: z.string().min(1).max(256),
});

export const sessionUser = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  locale: z.string(),
  calendar: z.string(),
  emailVerified: z.boolean(),
  isAdmin: z.boolean(),
  operatorCountries: z.array(z.string()),
  memberships: z.array(z.object({ organizationId: z.string(), role: z.string() })),
});

export const sessionResponse = z.object({
  user: sessionUser.nullable(),
  csrfToken: z.string().nullable(),
});

/** Tokens from mailed links: base64url secrets, bounded so junk never reaches the database. */
export const emailTokenSchema = z.string().trim().min(1, 'The link is incomplete.').max(200);

export const verifyEmailBody = z.object({ token: emailTokenSchema });
export const verifyEmailResponse = z.object({ emailVerified: z.literal(true) });

export const passwordResetRequestBody = z.object({ email: emailSchema });
export const acceptedResponse = z.object({ accepted: z.literal(true) });
export const passwordResetConfirmBody = z.object({ token: emailTokenSchema, password: passwordSchema });

/** Unknown keys are refused so a client never believes it changed something it cannot (e.g. email). */
export const profilePatchBody = z.strictObject({
  displayName: z.string().trim().min(1, 'Enter a name.').max(120).optional(),
  locale: localeSchema.optional(),
  calendar: calendarSchema.optional(),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(256),
  newPassword: passwordSchema,
});

export const profileResponse = sessionUser.extend({ createdAt: z.string() });
