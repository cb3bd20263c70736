import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, uuidParam, writeLimit } from '../../server/http/schemas.ts';
import { localeSchema } from './listing.schemas.ts';
import { offerCreateBody, offerListOut, offerListQuery, offerOut, offerPatchBody } from './offer.schemas.ts';
import { offerInput, offerPatch } from './listing-input.ts';
import { createListing } from './create-listing.ts';
import { updateListing } from './update-listing.ts';
import { getListing } from './get-listing.ts';
import { listListings } from './list-listings.ts';
import { presentOffer, presentOfferSummaries } from './offer.presenter.ts';
import { listingActionRoutes } from './listing-actions.routes.ts';
import { loadVisibleListing } from './load-listing.ts';
import { z } from 'zod';

/** Technology offers: thin handlers, parse → command → present. */
export const offerRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const db = deps.database.db;
  const tags = ['offers'];
  const write = { config: writeLimit(deps.config.writeRateLimitPerMinute) };

  app.get(
    '/offers',
    {
      schema: {
        tags,
        summary: 'Browse published technology offers',
        description:
          'Filters combine with AND. `country` is the organisation’s country; `field` given as a top field also matches its sub-fields; `lang` keeps offers written in or translated into that language; `q` is a plain substring match over all language versions. `status` other than published needs `organization` and membership of it. Paged by the opaque `cursor`.',
        querystring: offerListQuery,
        response: { 200: offerListOut, ...errorResponses },
      },
    },
    async (req) => {
      const { locale, withTotal, ...q } = req.query;
      const page = await listListings(db, req.actor, { ...q, kind: 'offer', withTotal: withTotal === 'true' });
      const items = await presentOfferSummaries(db, req.actor, page.rows, locale ?? req.actor.locale);
      return { items, nextCursor: page.nextCursor, ...(page.total !== undefined ? { total: page.total } : {}) };
    },
  );

  app.post(
    '/offers',
    { schema: { tags, summary: 'Create a draft offer', body: offerCreateBody, response: { 201: offerOut, ...errorResponses } }, ...write },
    async (req, reply) => {
      const id = await createListing(db, req.actor, offerInput(req.body), { now: deps.clock.now() });
      const { row } = await loadVisibleListing(db, req.actor, id, { kind: 'offer' });
      return reply.status(201).send(await presentOffer(db, req.actor, row, req.actor.locale));
    },
  );

  app.get(
    '/offers/:id',
    {
      schema: {
        tags,
        summary: 'One offer, in the requested language if available',
        params: uuidParam,
        querystring: z.object({ locale: localeSchema.optional() }),
        response: { 200: offerOut, ...errorResponses },
      },
    },
    async (req) => {
      const row = await getListing(db, req.actor, { id: req.params.id, kind: 'offer' });
      return presentOffer(db, req.actor, row, req.query.locale ?? req.actor.locale);
    },
  );

  app.patch(
    '/offers/:id',
    {
      schema: {
        tags,
        summary: 'Edit an offer',
        description:
          'Send only what changes; `texts` replaces all language versions. Changing texts, fields, TRL, IP status, patents, modes, price or countries of a published offer sends it back to review. Send `revision` to be told (409 listing.stale_revision) if someone else changed it first.',
        params: uuidParam,
        body: offerPatchBody,
        response: { 200: offerOut, ...errorResponses },
      },
      ...write,
    },
    async (req) => {
      const row = await updateListing(db, req.actor, { id: req.params.id, kind: 'offer', patch: offerPatch(req.body) }, { now: deps.clock.now() });
      return presentOffer(db, req.actor, row, req.actor.locale);
    },
  );

  await app.register(listingActionRoutes({ kind: 'offer', path: '/offers', noun: 'offer', output: offerOut, present: presentOffer }));
};
