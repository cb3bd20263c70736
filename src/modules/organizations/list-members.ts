import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { forbidden } from '../../server/http/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { users } from '../accounts/schema.ts';
import { memberships } from './schema.ts';
import { canSeeMembers, requireSignedIn } from './organization.policy.ts';
import { loadOrganization } from './load-organization.ts';

/** Who belongs to an organisation: for its members and administrators. */
export async function listMembers(db: DbOrTx, actor: Actor, organizationId: string) {
  requireSignedIn(actor);
  await loadOrganization(db, organizationId);
  if (!canSeeMembers(actor, organizationId)) {
    throw forbidden('organization.members_hidden', 'Only members of this organisation can see its members.');
  }
  const rows = await db
    .select({ userId: memberships.userId, role: memberships.role, since: memberships.createdAt, displayName: users.displayName, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(memberships.createdAt), asc(memberships.userId));
  return rows.map((r) => ({ userId: r.userId, displayName: r.displayName, email: r.email, role: r.role, since: r.since.toISOString() }));
}
