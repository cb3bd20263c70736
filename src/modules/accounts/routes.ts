import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptedResponse,
  loginBody,
  passwordResetConfirmBody,
  passwordResetRequestBody,
  registerBody,
  sessionResponse,
  verifyEmailBody,
  verifyEmailResponse,
} from './account.schemas.ts';
import { registerUser } from './register-user.ts';
import { logIn } from './log-in.ts';
import { endSession } from './sessions.ts';
import { presentSessionUser } from './account.presenter.ts';
import { clearSessionCookies, setSessionCookies } from '../../server/http/auth.ts';
import { errorBody, errorResponses } from '../../server/http/schemas.ts';
import { loadUserActor } from './actor.ts';
import { verifyEmail } from './verify-email.ts';
import { resendVerification } from './resend-verification.ts';
import { requestPasswordReset } from './request-password-reset.ts';
import { confirmPasswordReset } from './confirm-password-reset.ts';
import { profileRoutes } from './profile.routes.ts';
import { adminUserRoutes } from './admin.routes.ts';

/** Mailed links can be used once or expire: both answer 410 Gone. */
const tokenErrors = { ...errorResponses, 410: errorBody };

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const db = deps.database.db;
  const tags = ['accounts'];
  /** Per-IP limit for endpoints anyone can call with guesses: sign-in, sign-up, mailed tokens. */
  const perIp = { rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' } };

  app.post(
    '/auth/register',
    {
      schema: { tags, summary: 'Create an account', body: registerBody, response: { 201: z.object({ id: z.string() }), ...errorResponses } },
      config: perIp,
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
      config: perIp,
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

  app.post(
    '/auth/verify-email',
    {
      schema: {
        tags,
        summary: 'Confirm an email address with the token from the verification mail',
        description: 'Needs no session. Unknown token: 400 auth.token_invalid; used or expired: 410 auth.token_used / auth.token_expired.',
        body: verifyEmailBody,
        response: { 200: verifyEmailResponse, ...tokenErrors },
      },
      config: perIp,
    },
    async (req) => {
      await verifyEmail(db, req.body, { now: deps.clock.now() });
      return { emailVerified: true as const };
    },
  );

  app.post(
    '/auth/resend-verification',
    {
      schema: {
        tags,
        summary: 'Mail a new verification link to the signed-in user',
        description: 'At most five verification mails per account and hour (429 auth.too_many_mails); 409 when already verified.',
        response: { 202: acceptedResponse, ...errorResponses },
      },
      config: { rateLimit: { ...perIp.rateLimit, keyGenerator: (req) => req.actor?.userId ?? req.ip } },
    },
    async (req, reply) => {
      await resendVerification(db, req.actor, { now: deps.clock.now(), publicUrl: deps.config.publicUrl });
      return reply.status(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/auth/password-reset/request',
    {
      schema: {
        tags,
        summary: 'Mail a password-reset link',
        description: 'Always answers 202, whether or not an account has this email. The link is valid for one hour.',
        body: passwordResetRequestBody,
        response: { 202: acceptedResponse, ...errorResponses },
      },
      config: perIp,
    },
    async (req, reply) => {
      await requestPasswordReset(db, req.body, { now: deps.clock.now(), publicUrl: deps.config.publicUrl });
      return reply.status(202).send({ accepted: true as const });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      schema: {
        tags,
        summary: 'Set a new password with the token from the reset mail',
        description: 'Ends every session of the account. Unknown token: 400; used or expired: 410.',
        body: passwordResetConfirmBody,
        response: { 204: z.null(), ...tokenErrors },
      },
      config: perIp,
    },
    async (req, reply) => {
      await confirmPasswordReset(db, req.body, { now: deps.clock.now() });
      return reply.status(204).send(null);
    },
  );

  await app.register(profileRoutes);
  await app.register(adminUserRoutes);
};
