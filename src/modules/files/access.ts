import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { operatesIn, type Actor } from '../accounts/actor.ts';
import { organizations } from '../organizations/schema.ts';
import type { files } from './schema.ts';

type FileRecord = typeof files.$inferSelect;
export type FileAccessCheck = (db: DbOrTx, actor: Actor, file: FileRecord) => Promise<boolean>;

/**
 * Listing attachments follow the listing's visibility, which only the catalog module knows.
 * It registers its rule here at start-up, so this module never reads the listings table.
 */
let listingFileCheck: FileAccessCheck | null = null;

export function registerFileAccessCheck(fn: FileAccessCheck): void {
  listingFileCheck = fn;
}

/** Who may read a file: 'public' (anyone, cacheable by shared caches), 'restricted', or nobody (null). */
export async function fileAudience(db: DbOrTx, actor: Actor, file: FileRecord): Promise<'public' | 'restricted' | null> {
  if (file.listingId === null) {
    const [logoOf] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.logoFileId, file.id)).limit(1);
    if (logoOf) return 'public';
    // A file attached to nothing (a replaced logo, an abandoned upload) is for its organisation only.
    return (await isInsider(db, actor, file)) ? 'restricted' : null;
  }
  const visible = listingFileCheck ? await listingFileCheck(db, actor, file) : await isInsider(db, actor, file);
  return visible ? 'restricted' : null;
}

/** Members of the owning organisation, administrators and the operators of its country. */
async function isInsider(db: DbOrTx, actor: Actor, file: FileRecord): Promise<boolean> {
  if (actor.isAdmin) return true;
  if (!file.organizationId) return false;
  if (actor.memberships.has(file.organizationId)) return true;
  if (actor.operatorCountries.length === 0) return false;
  const [org] = await db.select({ country: organizations.country }).from(organizations).where(eq(organizations.id, file.organizationId));
  return !!org && operatesIn(actor, org.country);
}
