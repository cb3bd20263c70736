import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { presentOrganizationDetail } from './organization.presenter.ts';
import { loadOrganization, loadOrganizationTexts } from './load-organization.ts';

/** The organisation page as the caller sees it (routes return it after every organisation write too). */
export async function organizationDetailFor(db: DbOrTx, actor: Actor, id: string, locale: string) {
  const row = await loadOrganization(db, id);
  return presentOrganizationDetail(row, await loadOrganizationTexts(db, id), locale, actor);
}
