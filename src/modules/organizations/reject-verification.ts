import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { decideVerification } from './decide-verification.ts';

/** Refuses a pending verification; the reason is shown to the organisation, which may ask again. */
export function rejectVerification(db: Db, actor: Actor, organizationId: string, reason: string, ctx: { now: Date }) {
  return decideVerification(db, actor, organizationId, { verdict: 'reject', reason }, ctx);
}
