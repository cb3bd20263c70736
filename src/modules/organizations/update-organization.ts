import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { badRequest } from '../../server/http/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { organizations, organizationTexts } from './schema.ts';
import type { UpdateOrganizationInput } from './organization.schemas.ts';
import { requireEditor, requirePerson } from './organization.policy.ts';
import { loadOrganization, loadOrganizationTexts } from './load-organization.ts';

/**
 * Edits an organisation. Language versions in `texts` are upserted (the original language's
 * version is 'original', the others 'author'). Moving a verified organisation to another
 * country voids its verification: it was vouched for by the previous country's operator.
 */
export async function updateOrganization(db: Db, actor: Actor, id: string, input: UpdateOrganizationInput, ctx: { now: Date }) {
  requirePerson(actor);
  return db.transaction(async (tx) => {
    const before = await loadOrganization(tx, id, { lock: true });
    requireEditor(actor, id);
    const existing = await loadOrganizationTexts(tx, id);
    const originalLang = input.originalLang ?? before.originalLang;
    const remove = new Set<string>(input.removeLangs ?? []);
    const langsAfter = new Set([...existing.map((t) => t.lang).filter((l) => !remove.has(l)), ...(input.texts ?? []).map((t) => t.lang)]);
    if (remove.has(originalLang) || !langsAfter.has(originalLang)) {
      const field = remove.has(originalLang) ? 'removeLangs' : 'texts';
      throw badRequest('organization.original_text_required', `The text in the original language (${originalLang}) is required.`, {
        [field]: `Include the text in the original language (${originalLang}).`,
      });
    }

    const countryChanged = input.country !== undefined && input.country !== before.country;
    const resetVerification = countryChanged && before.verificationStatus === 'verified';
    const [row] = await tx
      .update(organizations)
      .set({
        type: input.type ?? before.type,
        country: input.country ?? before.country,
        region: input.region ?? before.region,
        website: input.website === undefined ? before.website : input.website,
        originalLang,
        updatedAt: ctx.now,
        ...(resetVerification ? { verificationStatus: 'unverified', verifiedAt: null, verifiedBy: null } : {}),
      })
      .where(eq(organizations.id, id))
      .returning();

    if (remove.size > 0) {
      await tx.delete(organizationTexts).where(and(eq(organizationTexts.organizationId, id), inArray(organizationTexts.lang, [...remove])));
    }
    for (const t of input.texts ?? []) {
      const values = { name: t.name, description: t.description, source: t.lang === originalLang ? 'original' : 'author' };
      await tx
        .insert(organizationTexts)
        .values({ organizationId: id, lang: t.lang, ...values })
        .onConflictDoUpdate({ target: [organizationTexts.organizationId, organizationTexts.lang], set: values });
    }
    if (input.originalLang && input.originalLang !== before.originalLang) {
      // Keep the sources true: exactly one version is the original.
      await tx.update(organizationTexts).set({ source: 'author' }).where(and(eq(organizationTexts.organizationId, id), eq(organizationTexts.lang, before.originalLang)));
      await tx.update(organizationTexts).set({ source: 'original' }).where(and(eq(organizationTexts.organizationId, id), eq(organizationTexts.lang, originalLang)));
    }

    const pick = (o: typeof before) => ({ type: o.type, country: o.country, region: o.region, website: o.website, originalLang: o.originalLang });
    await writeAudit(
      tx,
      actor,
      {
        action: 'organization.update',
        entityType: 'organization',
        entityId: id,
        before: pick(before),
        after: { ...pick(row), texts: (input.texts ?? []).map((t) => t.lang), removedTexts: [...remove] },
      },
      ctx.now,
    );
    if (resetVerification) {
      await writeAudit(
        tx,
        actor,
        {
          action: 'organization.verification_reset',
          entityType: 'organization',
          entityId: id,
          before: { verificationStatus: before.verificationStatus, country: before.country },
          after: { verificationStatus: 'unverified', country: row.country },
          reason: 'country changed',
        },
        ctx.now,
      );
    }
    return { row, texts: await loadOrganizationTexts(tx, id) };
  });
}
