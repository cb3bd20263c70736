import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { offerRoutes } from './offer.routes.ts';
import { requestRoutes } from './request.routes.ts';
import { moderationRoutes } from './moderation.routes.ts';
import { registerListingFileAccess } from './listing-file-access.ts';

/** The catalog: technology offers and requests, their lifecycle and moderation. */
export const catalogRoutes: FastifyPluginAsyncZod = async (app) => {
  registerListingFileAccess();
  await app.register(offerRoutes);
  await app.register(requestRoutes);
  await app.register(moderationRoutes);
};
