import type { Db } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { forbidden } from '../../server/http/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { memberships, organizations, organizationTexts } from './schema.ts';
import type { CreateOrganizationInput } from './organization.schemas.ts';
import { requirePerson } from './organization.policy.ts';

/** Creates an organisation with its language versions; the creator becomes its first owner. */
export async function createOrganization(db: Db, actor: Actor, input: CreateOrganizationInput, ctx: { now: Date }) {
  requirePerson(actor);
  if (!actor.emailVerified) {
    throw forbidden('account.email_unverified', 'Confirm your email address before creating an organisation.');
  }
  return db.transaction(async (tx) => {
    const id = newId();
    const [row] = await tx
      .insert(organizations)
      .values({
        id,
        type: input.type,
        country: input.country,
        region: input.region,
        website: input.website ?? null,
        originalLang: input.originalLang,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    const texts = await tx
      .insert(organizationTexts)
      .values(
        input.texts.map((t) => ({
          organizationId: id,
          lang: t.lang,
          name: t.name,
          description: t.description,
          source: t.lang === input.originalLang ? 'original' : 'author',
        })),
      )
      .returning();
    await tx.insert(memberships).values({ organizationId: id, userId: actor.userId, role: 'owner', createdAt: ctx.now });
    await writeAudit(
      tx,
      actor,
      { action: 'organization.create', entityType: 'organization', entityId: id, after: { type: row.type, country: row.country } },
      ctx.now,
    );
    return { row, texts };
  });
}
