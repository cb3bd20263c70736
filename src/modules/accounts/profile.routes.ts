import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordBody, profilePatchBody, profileResponse } from './account.schemas.ts';
import { presentProfile } from './account.presenter.ts';
import { requireSessionUser } from './account.policy.ts';
import { updateProfile } from './update-profile.ts';
import { changePassword } from './change-password.ts';
import { errorResponses, writeLimit } from '../../server/http/schemas.ts';

/** The signed-in user's own profile and password. */
export const profileRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const db = deps.database.db;
  const tags = ['accounts'];

  app.get('/me', { schema: { tags, summary: 'My profile', response: { 200: profileResponse, ...errorResponses } } }, async (req) => {
    requireSessionUser(req.actor);
    return presentProfile(db, req.actor.userId);
  });

  app.patch(
    '/me',
    {
      schema: { tags, summary: 'Change my name, language or calendar', body: profilePatchBody, response: { 200: profileResponse, ...errorResponses } },
      config: writeLimit(deps.config.writeRateLimitPerMinute),
    },
    async (req) => {
      await updateProfile(db, req.actor, req.body, { now: deps.clock.now() });
      return presentProfile(db, req.actor.userId!);
    },
  );

  app.post(
    '/me/password',
    {
      schema: {
        tags,
        summary: 'Change my password',
        description: 'Ends all my other sessions; this one stays signed in. A wrong current password is 400 account.wrong_password.',
        body: changePasswordBody,
        response: { 204: z.null(), ...errorResponses },
      },
      config: writeLimit(deps.config.writeRateLimitPerMinute),
    },
    async (req, reply) => {
      requireSessionUser(req.actor);
      await changePassword(db, req.actor, req.body, { now: deps.clock.now(), sessionId: req.session!.id });
      return reply.status(204).send(null);
    },
  );
};
