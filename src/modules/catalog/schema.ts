import { bigint, boolean, date, index, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid, integer } from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema.ts';
import { organizations } from '../organizations/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Technology offers and technology requests share one table: they have the same
 * lifecycle, moderation, expiry, attachments and (later) search index. `kind`
 * tells them apart; the API presents them as two resources. See
 * docs/decisions/0002-one-listings-table.md.
 */
export const listings = pgTable(
  'listings',
  {
    id: uuid('id').primaryKey(),
    /** offer | request */
    kind: text('kind').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id),
    /** draft | submitted | changes_requested | published | rejected | paused | closed | expired */
    status: text('status').notNull(),
    originalLang: text('original_lang').notNull(),
    fields: text('fields').array().notNull(),
    keywords: text('keywords').array().notNull(),
    /** Offer: its TRL. Request: the minimum TRL wanted. */
    trl: smallint('trl').notNull(),
    /** Offers only. */
    ipStatus: text('ip_status'),
    patents: jsonb('patents').$type<{ number: string; jurisdiction: string }[]>().notNull(),
    /** Offer: transfer modes offered. Request: cooperation modes wanted. */
    modes: text('modes').array().notNull(),
    /** Offer: indicative price (min only). Request: budget range. Integer minor units. */
    priceMin: bigint('price_min', { mode: 'number' }),
    priceMax: bigint('price_max', { mode: 'number' }),
    currency: text('currency'),
    negotiable: boolean('negotiable').notNull().default(false),
    /** Offer: target countries. Request: countries where the solution is needed. */
    countries: text('countries').array().notNull(),
    /** Requests only. */
    deadline: date('deadline', { mode: 'string' }),
    /** public | anonymous | operators_only (offers are always public once published). */
    visibility: text('visibility').notNull().default('public'),
    /** Reason given with the last rejection or change request. */
    moderationNote: text('moderation_note'),
    /** transferred | withdrawn, when closed. */
    closedReason: text('closed_reason'),
    submittedAt: ts('submitted_at'),
    publishedAt: ts('published_at'),
    lastConfirmedAt: ts('last_confirmed_at'),
    expiresAt: ts('expires_at'),
    isDemo: boolean('is_demo').notNull().default(false),
    /** Optimistic concurrency: PATCH may send the revision it edited. */
    revision: integer('revision').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('listings_browse_idx').on(t.kind, t.status, t.id),
    // Keyset pagination of the public lists: one index per sort, each ending in id.
    index('listings_published_idx').on(t.kind, t.status, t.publishedAt, t.id),
    index('listings_trl_idx').on(t.kind, t.status, t.trl, t.id),
    index('listings_deadline_idx').on(t.kind, t.status, t.deadline, t.id),
    index('listings_queue_idx').on(t.status, t.submittedAt, t.id),
    index('listings_org_idx').on(t.organizationId, t.kind),
    index('listings_expiry_idx').on(t.status, t.expiresAt),
    index('listings_fields_gin').using('gin', t.fields),
    index('listings_countries_gin').using('gin', t.countries),
    index('listings_modes_gin').using('gin', t.modes),
  ],
);

/**
 * One row per language version of a listing's text. For requests, `summary` holds the
 * problem statement and `description` the desired outcome.
 */
export const listingTexts = pgTable(
  'listing_texts',
  {
    listingId: uuid('listing_id')
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    lang: text('lang').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    description: text('description').notNull().default(''),
    applications: text('applications').notNull().default(''),
    advantages: text('advantages').notNull().default(''),
    /** original | author | machine */
    source: text('source').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.lang] })],
);

/** Idempotency keys for POST retries: the same key returns the first result. */
export const idempotencyKeys = pgTable('idempotency_keys', {
  key: text('key').primaryKey(),
  principal: text('principal').notNull(),
  resourceId: uuid('resource_id').notNull(),
  createdAt: ts('created_at').notNull(),
});
