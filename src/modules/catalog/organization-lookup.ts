import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { loadOrganizationSummaries } from '../organizations/organization.presenter.ts';
import { organizations } from '../organizations/schema.ts';
import { listings } from './schema.ts';

/**
 * The catalog's one door to organisations. Names, countries and types come from the
 * organisations module's presenter; only the list filters below need SQL over the
 * organisations table (a listing's country is its organisation's country), and they live
 * here so no other catalog file touches that table.
 */
export interface OrganizationFacts {
  id: string;
  name: string;
  country: string;
  type: string;
  verified: boolean;
}

export async function loadOrganizationFacts(db: DbOrTx, ids: readonly string[], locale: string): Promise<Map<string, OrganizationFacts>> {
  const summaries = await loadOrganizationSummaries(db, ids, locale);
  const out = new Map<string, OrganizationFacts>();
  for (const [id, s] of summaries) out.set(id, { id, name: s.name, country: s.country, type: s.type, verified: s.verified });
  return out;
}

export async function loadOrganizationFactsOne(db: DbOrTx, id: string, locale: string): Promise<OrganizationFacts | undefined> {
  return (await loadOrganizationFacts(db, [id], locale)).get(id);
}

/** listings.organization_id belongs to an organisation in one of these countries. */
export function listingOrgInCountries(countries: readonly string[]): SQL {
  if (countries.length === 0) return sql`false`;
  return sql`${listings.organizationId} IN (SELECT ${organizations.id} FROM ${organizations} WHERE ${organizations.country} IN (${sql.join(
    countries.map((c) => sql`${c}`),
    sql`, `,
  )}))`;
}

/** listings.organization_id belongs to an organisation of this type. */
export function listingOrgOfType(type: string): SQL {
  return sql`${listings.organizationId} IN (SELECT ${organizations.id} FROM ${organizations} WHERE ${organizations.type} = ${type})`;
}
