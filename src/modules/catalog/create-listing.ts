import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { newId } from '../../lib/ids.ts';
import { badRequest } from '../../server/http/errors.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { listings, listingTexts } from './schema.ts';
import { requireWriter } from './listing.policy.ts';
import { loadOrganizationFactsOne } from './organization-lookup.ts';
import { checkDeadline } from './listing-rules.ts';
import type { CreateListingInput, ListingTextInput } from './listing-input.ts';

export const textRows = (listingId: string, originalLang: string, texts: ListingTextInput[], now: Date) =>
  texts.map((t) => ({
    listingId,
    lang: t.lang,
    title: t.title,
    summary: t.summary,
    description: t.description,
    applications: t.applications,
    advantages: t.advantages,
    source: t.lang === originalLang ? 'original' : 'author',
    updatedAt: now,
  }));

/**
 * Creates a draft offer or request with its language versions. The listing row and its
 * texts are written in one transaction: either both exist afterwards or neither does.
 */
export async function createListing(db: Db, actor: Actor, input: CreateListingInput, ctx: { now: Date }): Promise<string> {
  requireWriter(actor, input.organizationId);
  checkDeadline(input.deadline, ctx.now);
  const org = await loadOrganizationFactsOne(db, input.organizationId, actor.locale);
  if (!org) throw badRequest('listing.unknown_organization', 'No such organisation.', { organizationId: 'Unknown organisation.' });
  const { now } = ctx;
  return db.transaction(async (tx) => {
    const id = newId();
    await tx.insert(listings).values({
      id,
      kind: input.kind,
      organizationId: input.organizationId,
      createdBy: actor.userId,
      status: 'draft',
      originalLang: input.originalLang,
      fields: input.fields,
      keywords: input.keywords,
      trl: input.trl,
      ipStatus: input.ipStatus,
      patents: input.patents,
      modes: input.modes,
      priceMin: input.priceMin,
      priceMax: input.priceMax,
      currency: input.currency,
      negotiable: input.negotiable,
      countries: input.countries,
      deadline: input.deadline,
      visibility: input.visibility,
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(listingTexts).values(textRows(id, input.originalLang, input.texts, now));
    await writeAudit(
      tx,
      actor,
      { action: 'listing.create', entityType: 'listing', entityId: id, after: { kind: input.kind, status: 'draft', revision: 1 } },
      now,
    );
    return id;
  });
}
