import type { Db } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { decideVerification } from './decide-verification.ts';

/** Marks a pending organisation verified: it then carries the badge everywhere it appears. */
export function verifyOrganization(db: Db, actor: Actor, organizationId: string, ctx: { now: Date }) {
  return decideVerification(db, actor, organizationId, { verdict: 'verify' }, ctx);
}
