import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { anonymousActor, loadSessionActor, loadTokenActor, type Actor } from '../../modules/accounts/actor.ts';
import { AppError, unauthorized } from './errors.ts';
import type { AppDeps } from '../deps.ts';
import { LOCALES } from '../../modules/taxonomy/enums.ts';

export const SESSION_COOKIE = 'ip_session';
/** Readable by the web app, which echoes it in the x-csrf-token header (double submit). */
export const CSRF_COOKIE = 'ip_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    /** The session behind the actor, when signed in through the browser. */
    session: { id: string; csrfToken: string } | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function preferredLocale(req: FastifyRequest): string {
  const header = req.headers['accept-language'];
  if (typeof header !== 'string') return 'en';
  for (const part of header.split(',')) {
    const tag = part.split(';')[0].trim();
    const hit = LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase()) ?? LOCALES.find((l) => l.split('-')[0] === tag.split('-')[0].toLowerCase());
    if (hit) return hit;
  }
  return 'en';
}

/**
 * Resolves who is calling (session cookie or organisation API token) before any route runs,
 * and enforces CSRF on cookie-authenticated writes. Authorization itself happens in commands.
 */
async function authPlugin(app: FastifyInstance, deps: AppDeps) {
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (req: FastifyRequest) => {
    const { db } = deps.database;
    const now = deps.clock.now();
    const ip = req.ip ?? null;
    req.actor = anonymousActor(ip, preferredLocale(req));
    if (!req.url.startsWith('/api/')) return;

    const authz = req.headers.authorization;
    if (authz?.startsWith('Bearer ')) {
      const actor = await loadTokenActor(db, authz.slice(7).trim(), now, ip);
      if (!actor) throw new AppError(401, 'auth.invalid_token', 'The API token is invalid or revoked.');
      req.actor = actor;
      return; // tokens carry no ambient authority, so no CSRF check
    }

    const cookie = req.cookies[SESSION_COOKIE];
    if (cookie) {
      const s = await loadSessionActor(db, cookie, now, ip);
      if (s) {
        req.actor = s.actor;
        req.session = { id: s.sessionId, csrfToken: s.csrfToken };
      }
    }
    if (UNSAFE.has(req.method) && req.session) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || sent !== req.session.csrfToken) {
        throw new AppError(403, 'auth.csrf', 'Missing or invalid CSRF token.');
      }
    }
  });
}

export const registerAuth = fp(authPlugin, { name: 'innoport-auth' });

export function setSessionCookies(reply: FastifyReply, deps: AppDeps, token: string, csrf: string, expires: Date) {
  const secure = deps.config.publicUrl.startsWith('https://');
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires });
  reply.setCookie(CSRF_COOKIE, csrf, { path: '/', httpOnly: false, sameSite: 'lax', secure, expires });
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** For routes that need a signed-in user; commands re-check what they need. */
export function requireUser(req: FastifyRequest): Actor & { userId: string } {
  if (!req.actor.userId) throw unauthorized();
  return req.actor as Actor & { userId: string };
}
