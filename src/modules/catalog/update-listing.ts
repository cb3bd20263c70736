import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { badRequest, conflict } from '../../server/http/errors.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { listings, listingTexts } from './schema.ts';
import type { ListingKind } from './listing.schemas.ts';
import { loadVisibleListing, type ListingRow } from './load-listing.ts';
import { requireSignedIn, requireWriter } from './listing.policy.ts';
import { checkDeadline } from './listing-rules.ts';
import { MATERIAL_KEYS, type ListingPatch, type ListingTextInput, type ListingValues } from './listing-input.ts';

type TextRow = typeof listingTexts.$inferSelect;
const TEXT_KEYS = ['title', 'summary', 'description', 'applications', 'advantages'] as const;
/** Statuses in which the public can (or could again, without review) see the listing. */
const LIVE = ['published', 'paused', 'expired'];

/** Equality for column values, blind to jsonb's key order. */
function same(a: unknown, b: unknown): boolean {
  const canon = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canon)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])]))
        : v;
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b ?? null));
}

const sameText = (a: ListingTextInput, b: TextRow) => TEXT_KEYS.every((k) => a[k] === b[k]);

function textsChanged(current: TextRow[], next: ListingTextInput[]): boolean {
  if (current.length !== next.length) return true;
  return next.some((t) => {
    const old = current.find((c) => c.lang === t.lang);
    return !old || !sameText(t, old);
  });
}

/**
 * Edits a listing (PATCH semantics). A material change to a live listing sends it back to
 * moderation: it leaves public lists until approved again, keeping its first publication
 * date. Keywords and deadline are not material. With `revision` set, an edit based on an
 * older revision is refused (409) instead of silently overwriting someone else's change.
 */
export async function updateListing(
  db: Db,
  actor: Actor,
  input: { id: string; kind: ListingKind | null; patch: ListingPatch },
  ctx: { now: Date },
): Promise<ListingRow> {
  requireSignedIn(actor);
  const { patch } = input;
  const { now } = ctx;
  return db.transaction(async (tx) => {
    const { row } = await loadVisibleListing(tx, actor, input.id, { kind: input.kind, lock: true });
    requireWriter(actor, row.organizationId);
    if (row.status === 'closed') throw conflict('listing.invalid_state', 'A closed listing cannot be edited.');
    if (patch.revision !== undefined && patch.revision !== row.revision) {
      throw conflict('listing.stale_revision', 'Someone changed this listing after you loaded it; reload it and redo your edit.', {
        revision: `The current revision is ${row.revision}.`,
      });
    }
    if (patch.deadline !== undefined && patch.deadline !== row.deadline) checkDeadline(patch.deadline, now);

    const current = await tx.select().from(listingTexts).where(eq(listingTexts.listingId, row.id));
    const originalLang = patch.originalLang ?? row.originalLang;
    const langs = (patch.texts ?? current).map((t) => t.lang);
    if (!langs.includes(originalLang)) {
      throw badRequest('validation.failed', 'The texts must include the original language.', {
        texts: `Include a text in the original language (${originalLang}).`,
      });
    }

    const changed: string[] = [];
    const set: Partial<typeof listings.$inferInsert> = {};
    for (const [key, value] of Object.entries(patch) as [keyof ListingValues | 'revision', unknown][]) {
      if (key === 'revision' || key === 'texts') continue;
      if (!same(value, (row as unknown as Record<string, unknown>)[key])) {
        changed.push(key);
        (set as Record<string, unknown>)[key] = value;
      }
    }
    if (patch.texts && textsChanged(current, patch.texts)) changed.push('texts');
    if (changed.length === 0) return row;

    const material = changed.some((k) => (MATERIAL_KEYS as readonly string[]).includes(k));
    const backToReview = material && LIVE.includes(row.status);
    const status = backToReview ? 'submitted' : row.status;
    const [updated] = await tx
      .update(listings)
      .set({ ...set, status, submittedAt: backToReview ? now : row.submittedAt, revision: row.revision + 1, updatedAt: now })
      .where(and(eq(listings.id, row.id), eq(listings.revision, row.revision)))
      .returning();
    if (!updated) throw conflict('listing.stale_revision', 'The listing changed meanwhile; reload it and try again.');

    if (patch.texts || patch.originalLang) await replaceTexts(tx, row.id, originalLang, current, patch.texts, now);
    await writeAudit(
      tx,
      actor,
      {
        action: backToReview ? 'listing.edit_resubmit' : 'listing.update',
        entityType: 'listing',
        entityId: row.id,
        before: { status: row.status, revision: row.revision },
        after: { status, revision: updated.revision, changed },
      },
      now,
    );
    return updated;
  });
}

/**
 * Writes the new set of language versions. A version sent back unchanged keeps its source
 * (so an untouched machine translation stays marked as one); the original language's
 * version is always 'original'.
 */
async function replaceTexts(
  tx: DbOrTx,
  listingId: string,
  originalLang: string,
  current: TextRow[],
  next: ListingTextInput[] | undefined,
  now: Date,
): Promise<void> {
  const rows = (next ?? current).map((t) => {
    const old = current.find((c) => c.lang === t.lang);
    const unchanged = old && sameText(t, old);
    const source = t.lang === originalLang ? 'original' : unchanged && old.source !== 'original' ? old.source : 'author';
    return {
      listingId,
      lang: t.lang,
      title: t.title,
      summary: t.summary,
      description: t.description,
      applications: t.applications,
      advantages: t.advantages,
      source,
      updatedAt: unchanged ? old.updatedAt : now,
    };
  });
  await tx.delete(listingTexts).where(eq(listingTexts.listingId, listingId));
  await tx.insert(listingTexts).values(rows);
}
