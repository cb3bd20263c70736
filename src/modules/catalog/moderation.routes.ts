import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, pageQuery, uuidParam, writeLimit } from '../../server/http/schemas.ts';
import { LISTING_STATUSES, localeSchema, reasonBody } from './listing.schemas.ts';
import { offerOut, offerSummaryOut } from './offer.schemas.ts';
import { requestOut, requestSummaryOut } from './request.schemas.ts';
import { approveListing } from './approve-listing.ts';
import { rejectListing } from './reject-listing.ts';
import { requestListingChanges } from './request-listing-changes.ts';
import { moderationQueue } from './moderation-queue.ts';
import { listMyListings } from './list-my-listings.ts';
import { presentListing, presentListingSummaries } from './listing.presenter.ts';

const listingOut = z.discriminatedUnion('kind', [offerOut, requestOut]);
const summaryList = z.object({
  items: z.array(z.discriminatedUnion('kind', [offerSummaryOut, requestSummaryOut])),
  nextCursor: z.string().nullable(),
});
const kind = z.enum(['offer', 'request']);

/** Moderation by national operators, and the owner dashboard: both list offers and requests together. */
export const moderationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const db = deps.database.db;
  const write = { config: writeLimit(deps.config.writeRateLimitPerMinute) };

  app.get(
    '/moderation/queue',
    {
      schema: {
        tags: ['moderation'],
        summary: 'Submitted listings awaiting review, oldest first (operators: their countries; admins: all)',
        querystring: pageQuery.extend({ kind: kind.optional(), country: z.string().max(8).optional(), locale: localeSchema.optional() }),
        response: { 200: summaryList, ...errorResponses },
      },
    },
    async (req) => {
      const { locale, ...q } = req.query;
      const page = await moderationQueue(db, req.actor, q);
      return { items: await presentListingSummaries(db, req.actor, page.rows, locale ?? req.actor.locale), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/moderation/listings/:id/approve',
    { schema: { tags: ['moderation'], summary: 'Publish a submitted listing', params: uuidParam, response: { 200: listingOut, ...errorResponses } }, ...write },
    async (req) => {
      const row = await approveListing(db, req.actor, { id: req.params.id }, { now: deps.clock.now() });
      return presentListing(db, req.actor, row, req.actor.locale);
    },
  );

  app.post(
    '/moderation/listings/:id/reject',
    {
      schema: { tags: ['moderation'], summary: 'Reject a submitted listing, with the reason', params: uuidParam, body: reasonBody, response: { 200: listingOut, ...errorResponses } },
      ...write,
    },
    async (req) => {
      const row = await rejectListing(db, req.actor, { id: req.params.id, reason: req.body.reason }, { now: deps.clock.now() });
      return presentListing(db, req.actor, row, req.actor.locale);
    },
  );

  app.post(
    '/moderation/listings/:id/request-changes',
    {
      schema: {
        tags: ['moderation'],
        summary: 'Send a submitted listing back to its owner with what to change',
        params: uuidParam,
        body: reasonBody,
        response: { 200: listingOut, ...errorResponses },
      },
      ...write,
    },
    async (req) => {
      const row = await requestListingChanges(db, req.actor, { id: req.params.id, reason: req.body.reason }, { now: deps.clock.now() });
      return presentListing(db, req.actor, row, req.actor.locale);
    },
  );

  app.get(
    '/me/listings',
    {
      schema: {
        tags: ['offers', 'requests'],
        summary: 'Owner dashboard: every listing of my organisations, in every status, newest first',
        querystring: pageQuery.extend({
          kind: kind.optional(),
          status: z.enum(LISTING_STATUSES).optional(),
          organization: z.uuid().optional(),
          locale: localeSchema.optional(),
        }),
        response: { 200: summaryList, ...errorResponses },
      },
    },
    async (req) => {
      const { locale, ...q } = req.query;
      const page = await listMyListings(db, req.actor, q);
      return { items: await presentListingSummaries(db, req.actor, page.rows, locale ?? req.actor.locale), nextCursor: page.nextCursor };
    },
  );
};
