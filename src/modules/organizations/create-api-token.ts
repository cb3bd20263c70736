import type { Db } from '../../db/client.ts';
import { hashSecret, newId, newSecret } from '../../lib/ids.ts';
import type { Actor } from '../accounts/actor.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { apiTokens } from './schema.ts';
import { requireOwner, requirePerson } from './organization.policy.ts';
import { loadOrganization } from './load-organization.ts';

/** The recognisable prefix lets secret scanners and people spot a leaked InnoPort token. */
export const API_TOKEN_PREFIX = 'ipk_';

/** Creates an organisation API token. The secret is returned once and only its hash is kept. */
export async function createApiToken(
  db: Db,
  actor: Actor,
  input: { organizationId: string; name: string; scopes: string[] },
  ctx: { now: Date },
) {
  requirePerson(actor);
  return db.transaction(async (tx) => {
    await loadOrganization(tx, input.organizationId);
    requireOwner(actor, input.organizationId);
    const secret = `${API_TOKEN_PREFIX}${newSecret()}`;
    const [row] = await tx
      .insert(apiTokens)
      .values({
        id: newId(),
        organizationId: input.organizationId,
        name: input.name,
        tokenHash: hashSecret(secret),
        scopes: input.scopes,
        createdBy: actor.userId,
        createdAt: ctx.now,
      })
      .returning();
    await writeAudit(
      tx,
      actor,
      { action: 'api_token.create', entityType: 'organization', entityId: input.organizationId, after: { tokenId: row.id, name: row.name, scopes: row.scopes } },
      ctx.now,
    );
    return { row, secret };
  });
}
