import { bigint, index, pgTable, text, timestamp, uuid, integer } from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema.ts';
import { organizations } from '../organizations/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Uploaded files; the bytes live under DATA_DIR/files, addressed by id. */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    /** Listing the file is attached to, when it is a listing attachment. */
    listingId: uuid('listing_id'),
    /** image | pdf */
    kind: text('kind').notNull(),
    /** Detected from the bytes, never taken from the client. */
    mime: text('mime').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    originalName: text('original_name').notNull(),
    position: integer('position').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('files_listing_idx').on(t.listingId, t.position)],
);
