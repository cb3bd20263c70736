import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { notFound } from '../../server/http/errors.ts';
import { organizations, organizationTexts } from './schema.ts';
import type { OrganizationRow, OrganizationTextRow } from './organization.presenter.ts';

/**
 * Loads an organisation or fails with 404. `lock` takes a row lock so concurrent changes to
 * its members or verification are serialised (e.g. two owners demoting each other).
 */
export async function loadOrganization(db: DbOrTx, id: string, opts: { lock?: boolean } = {}): Promise<OrganizationRow> {
  const q = db.select().from(organizations).where(eq(organizations.id, id));
  const [row] = opts.lock ? await q.for('update') : await q;
  if (!row) throw notFound('organization.not_found', 'No such organisation.');
  return row;
}

export async function loadOrganizationTexts(db: DbOrTx, id: string): Promise<OrganizationTextRow[]> {
  return db.select().from(organizationTexts).where(eq(organizationTexts.organizationId, id));
}
