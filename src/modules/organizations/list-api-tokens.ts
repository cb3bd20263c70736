import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { apiTokens } from './schema.ts';
import { requireOwner, requirePerson } from './organization.policy.ts';
import { loadOrganization } from './load-organization.ts';

/** The organisation's tokens, revoked ones included (marked), newest first. */
export async function listApiTokens(db: DbOrTx, actor: Actor, organizationId: string) {
  requirePerson(actor);
  await loadOrganization(db, organizationId);
  requireOwner(actor, organizationId);
  return db.select().from(apiTokens).where(eq(apiTokens.organizationId, organizationId)).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}
