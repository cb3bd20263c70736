import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, uuidParam, writeLimit } from '../../server/http/schemas.ts';
import { apiTokenBody, apiTokenParams, apiTokenView } from './organization.schemas.ts';
import { createApiToken } from './create-api-token.ts';
import { listApiTokens } from './list-api-tokens.ts';
import { revokeApiToken } from './revoke-api-token.ts';
import { presentApiToken } from './api-token.presenter.ts';

/** Organisation API tokens for machine clients (owners only). */
export const apiTokenRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const db = deps.database.db;
  const tags = ['api tokens'];
  const write = writeLimit(deps.config.writeRateLimitPerMinute);

  app.get(
    '/organizations/:id/api-tokens',
    {
      schema: { tags, summary: "The organisation's API tokens, without secrets", params: uuidParam, response: { 200: z.object({ items: z.array(apiTokenView) }), ...errorResponses } },
    },
    async (req) => ({ items: (await listApiTokens(db, req.actor, req.params.id)).map(presentApiToken) }),
  );

  app.post(
    '/organizations/:id/api-tokens',
    {
      schema: {
        tags,
        summary: 'Create an API token; the secret is in this response only',
        description: 'Send it as `Authorization: Bearer <secret>`. It acts as an editor of the organisation, limited to its scopes.',
        params: uuidParam,
        body: apiTokenBody,
        response: { 201: z.object({ token: apiTokenView, secret: z.string() }), ...errorResponses },
      },
      config: write,
    },
    async (req, reply) => {
      const { row, secret } = await createApiToken(db, req.actor, { organizationId: req.params.id, ...req.body }, { now: deps.clock.now() });
      return reply.status(201).header('Cache-Control', 'no-store').send({ token: presentApiToken(row), secret });
    },
  );

  app.delete(
    '/organizations/:id/api-tokens/:tokenId',
    {
      schema: { tags, summary: 'Revoke an API token', params: apiTokenParams, response: { 204: z.null(), ...errorResponses } },
      config: write,
    },
    async (req, reply) => {
      await revokeApiToken(db, req.actor, { organizationId: req.params.id, tokenId: req.params.tokenId }, { now: deps.clock.now() });
      return reply.status(204).send(null);
    },
  );
};
