import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../server/http/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { apiTokens } from './schema.ts';
import { requireOwner, requirePerson } from './organization.policy.ts';
import { loadOrganization } from './load-organization.ts';

/** Revokes a token at once (the next request with it gets 401). Revoking twice is harmless. */
export async function revokeApiToken(db: Db, actor: Actor, input: { organizationId: string; tokenId: string }, ctx: { now: Date }) {
  requirePerson(actor);
  await db.transaction(async (tx) => {
    await loadOrganization(tx, input.organizationId);
    requireOwner(actor, input.organizationId);
    const where = and(eq(apiTokens.id, input.tokenId), eq(apiTokens.organizationId, input.organizationId));
    const [token] = await tx.select().from(apiTokens).where(where);
    if (!token) throw notFound('api_token.not_found', 'No such API token.');
    const revoked = await tx.update(apiTokens).set({ revokedAt: ctx.now }).where(and(where, isNull(apiTokens.revokedAt))).returning({ id: apiTokens.id });
    if (revoked.length === 0) return;
    await writeAudit(
      tx,
      actor,
      {
        action: 'api_token.revoke',
        entityType: 'organization',
        entityId: input.organizationId,
        before: { tokenId: token.id, name: token.name, revokedAt: null },
        after: { tokenId: token.id, revokedAt: ctx.now.toISOString() },
      },
      ctx.now,
    );
  });
}
