import { forbidden, unauthorized } from '../../server/http/errors.ts';
import type { Actor } from './actor.ts';

export type UserActor = Actor & { userId: string };

/**
 * Profile and password actions belong to a person signed in through the browser. An API
 * token acts for an organisation, so it may not change the profile of the user who created it.
 */
export function requireSessionUser(actor: Actor): asserts actor is UserActor {
  if (!actor.userId) throw unauthorized();
  if (actor.token) throw forbidden('auth.session_required', 'Sign in with a browser session to do this; API tokens cannot.');
}

/** Administration is for administrators signed in through the browser, never for API tokens. */
export function requireAdmin(actor: Actor): asserts actor is UserActor {
  if (!actor.userId) throw unauthorized();
  if (!actor.isAdmin || actor.token) throw forbidden('auth.admin_required', 'Only administrators may do this.');
}
