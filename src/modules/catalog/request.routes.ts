import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, uuidParam, writeLimit } from '../../server/http/schemas.ts';
import { localeSchema } from './listing.schemas.ts';
import { requestCreateBody, requestListOut, requestListQuery, requestOut, requestPatchBody } from './request.schemas.ts';
import { requestInput, requestPatch } from './listing-input.ts';
import { createListing } from './create-listing.ts';
import { updateListing } from './update-listing.ts';
import { getListing } from './get-listing.ts';
import { listListings } from './list-listings.ts';
import { presentRequest, presentRequestSummaries } from './request.presenter.ts';
import { listingActionRoutes } from './listing-actions.routes.ts';
import { loadVisibleListing } from './load-listing.ts';

/** Technology requests (needs): thin handlers, parse → command → present. */
export const requestRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const db = deps.database.db;
  const tags = ['requests'];
  const write = { config: writeLimit(deps.config.writeRateLimitPerMinute) };

  app.get(
    '/requests',
    {
      schema: {
        tags,
        summary: 'Browse published technology requests',
        description:
          'Same filters as /offers; `trlMin`/`trlMax` apply to the minimum TRL wanted; `sort=deadline` lists the nearest deadline first. Requests visible to operators only are left out (and not counted) for everyone else.',
        querystring: requestListQuery,
        response: { 200: requestListOut, ...errorResponses },
      },
    },
    async (req) => {
      const { locale, withTotal, ...q } = req.query;
      const page = await listListings(db, req.actor, { ...q, kind: 'request', withTotal: withTotal === 'true' });
      const items = await presentRequestSummaries(db, req.actor, page.rows, locale ?? req.actor.locale);
      return { items, nextCursor: page.nextCursor, ...(page.total !== undefined ? { total: page.total } : {}) };
    },
  );

  app.post(
    '/requests',
    { schema: { tags, summary: 'Create a draft request', body: requestCreateBody, response: { 201: requestOut, ...errorResponses } }, ...write },
    async (req, reply) => {
      const id = await createListing(db, req.actor, requestInput(req.body), { now: deps.clock.now() });
      const { row } = await loadVisibleListing(db, req.actor, id, { kind: 'request' });
      return reply.status(201).send(await presentRequest(db, req.actor, row, req.actor.locale));
    },
  );

  app.get(
    '/requests/:id',
    {
      schema: {
        tags,
        summary: 'One request, in the requested language if available',
        params: uuidParam,
        querystring: z.object({ locale: localeSchema.optional() }),
        response: { 200: requestOut, ...errorResponses },
      },
    },
    async (req) => {
      const row = await getListing(db, req.actor, { id: req.params.id, kind: 'request' });
      return presentRequest(db, req.actor, row, req.query.locale ?? req.actor.locale);
    },
  );

  app.patch(
    '/requests/:id',
    {
      schema: {
        tags,
        summary: 'Edit a request',
        description:
          'Send only what changes; `texts` replaces all language versions. Changing texts, fields, minimum TRL, budget, modes, countries or visibility of a published request sends it back to review. Send `revision` to be told (409 listing.stale_revision) if someone else changed it first.',
        params: uuidParam,
        body: requestPatchBody,
        response: { 200: requestOut, ...errorResponses },
      },
      ...write,
    },
    async (req) => {
      const row = await updateListing(db, req.actor, { id: req.params.id, kind: 'request', patch: requestPatch(req.body) }, { now: deps.clock.now() });
      return presentRequest(db, req.actor, row, req.actor.locale);
    },
  );

  await app.register(listingActionRoutes({ kind: 'request', path: '/requests', noun: 'request', output: requestOut, present: presentRequest }));
};
