import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginBody, registerBody, sessionResponse } from './account.schemas.ts';
import { registerUser } from './register-user.ts';
import { logIn } from './log-in.ts';
import { endSession } from './sessions.ts';
import { presentSessionUser } from './account.presenter.ts';
import { clearSessionCookies, setSessionCookies } from '../../server/http/auth.ts';
import { errorResponses } from '../../server/http/schemas.ts';
import { loadUserActor } from './actor.ts';

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const db = deps.database.db;
  const tags = ['accounts'];

  app.post(
    '/auth/register',
    {
      schema: { tags, summary: 'Create an account', body: registerBody, response: { 201: z.object({ id: z.string() }), ...errorResponses } },
      config: { rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const out = await registerUser(db, req.body, { now: deps.clock.now(), publicUrl: deps.config.publicUrl });
      return reply.status(201).send(out);
    },
  );

  app.post(
    '/auth/login',
    {
      schema: { tags, summary: 'Sign in', body: loginBody, response: { 200: sessionResponse, ...errorResponses } },
      config: { rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const s = await logIn(db, req.body, {
        now: deps.clock.now(),
        ttlHours: deps.config.sessionTtlHours,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
      });
      setSessionCookies(reply, deps, s.token, s.csrfToken, s.expiresAt);
      const actor = (await loadUserActor(db, s.userId, req.ip))!;
      return { user: await presentSessionUser(db, actor), csrfToken: s.csrfToken };
    },
  );

  app.post('/auth/logout', { schema: { tags, summary: 'Sign out', response: { 204: z.null(), ...errorResponses } } }, async (req, reply) => {
    if (req.session) await endSession(db, req.session.id);
    clearSessionCookies(reply);
    return reply.status(204).send(null);
  });

  app.get('/auth/session', { schema: { tags, summary: 'The signed-in user and CSRF token', response: { 200: sessionResponse } } }, async (req) => ({
    user: await presentSessionUser(db, req.actor),
    csrfToken: req.session?.csrfToken ?? null,
  }));
};
