import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { invitations } from './schema.ts';
import { requireOwner, requirePerson } from './organization.policy.ts';
import { loadOrganization } from './load-organization.ts';

/** An organisation's invitations, newest first, for its owners. */
export async function listInvitations(db: DbOrTx, actor: Actor, organizationId: string) {
  requirePerson(actor);
  await loadOrganization(db, organizationId);
  if (!actor.isAdmin) requireOwner(actor, organizationId);
  return db.select().from(invitations).where(eq(invitations.organizationId, organizationId)).orderBy(desc(invitations.createdAt), desc(invitations.id)).limit(200);
}
