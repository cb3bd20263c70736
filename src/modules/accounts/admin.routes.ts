import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { adminFlagBody, adminUser, adminUserPage, adminUsersQuery, operatorCountriesBody } from './admin.schemas.ts';
import { listUsers } from './list-users.ts';
import { setOperatorCountries } from './set-operator-countries.ts';
import { setAdmin } from './set-admin.ts';
import { errorResponses, uuidParam, writeLimit } from '../../server/http/schemas.ts';

/** User administration: administrators only (403 for everyone else). */
export const adminUserRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const db = deps.database.db;
  const tags = ['administration'];

  app.get(
    '/admin/users',
    { schema: { tags, summary: 'Find users by email or name', querystring: adminUsersQuery, response: { 200: adminUserPage, ...errorResponses } } },
    async (req) => listUsers(db, req.actor, req.query),
  );

  app.put(
    '/admin/users/:id/operator-countries',
    {
      schema: {
        tags,
        summary: 'Replace the countries a user operates for',
        params: uuidParam,
        body: operatorCountriesBody,
        response: { 200: adminUser, ...errorResponses },
      },
      config: writeLimit(deps.config.writeRateLimitPerMinute),
    },
    async (req) => setOperatorCountries(db, req.actor, { userId: req.params.id, countries: req.body.countries }, { now: deps.clock.now() }),
  );

  app.put(
    '/admin/users/:id/admin',
    {
      schema: {
        tags,
        summary: 'Grant or remove administrator rights',
        description: 'An administrator cannot remove their own rights (409 user.cannot_remove_own_admin).',
        params: uuidParam,
        body: adminFlagBody,
        response: { 200: adminUser, ...errorResponses },
      },
      config: writeLimit(deps.config.writeRateLimitPerMinute),
    },
    async (req) => setAdmin(db, req.actor, { userId: req.params.id, isAdmin: req.body.isAdmin }, { now: deps.clock.now() }),
  );
};
