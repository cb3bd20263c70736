import { boolean, index, pgTable, primaryKey, text, timestamp, uuid, jsonb } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  /** Stored lower-cased; uniqueness is on this column. */
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  displayName: text('display_name').notNull(),
  locale: text('locale').notNull().default('en'),
  /** 'gregory' or 'buddhist' (Thai users may prefer Buddhist-era dates). */
  calendar: text('calendar').notNull().default('gregory'),
  emailVerifiedAt: ts('email_verified_at'),
  isAdmin: boolean('is_admin').notNull().default(false),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: ts('created_at').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** Sessions live in the database so any app process can serve any request. */
export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie value. */
    id: text('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: ts('created_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Single-use tokens sent by email: address verification, password reset. */
export const emailTokens = pgTable(
  'email_tokens',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
    createdAt: ts('created_at').notNull(),
    payload: jsonb('payload'),
  },
  (t) => [index('email_tokens_user_idx').on(t.userId)],
);

/** A national operator acts for one or more countries. */
export const operatorCountries = pgTable(
  'operator_countries',
  {
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    country: text('country').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.country] })],
);

/**
 * Failed sign-in attempts per email, kept in the database so the per-account throttle holds
 * across app processes. Rows older than the throttle window are pruned as new ones arrive.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey(),
    /** Lower-cased; also recorded for unknown emails, so the throttle does not reveal accounts. */
    email: text('email').notNull(),
    ip: text('ip'),
    attemptedAt: ts('attempted_at').notNull(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.attemptedAt), index('login_attempts_at_idx').on(t.attemptedAt)],
);
