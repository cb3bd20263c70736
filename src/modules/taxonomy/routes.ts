import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const taxonomyRoutes: FastifyPluginAsyncZod = async () => {};
