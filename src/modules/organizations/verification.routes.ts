import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, uuidParam, writeLimit } from '../../server/http/schemas.ts';
import { organizationDetail, organizationPage, rejectVerificationBody, verificationQueueQuery } from './organization.schemas.ts';
import { requestVerification } from './request-verification.ts';
import { listVerificationQueue } from './list-verification-queue.ts';
import { verifyOrganization } from './verify-organization.ts';
import { rejectVerification } from './reject-verification.ts';
import { organizationDetailFor } from './organization-detail.ts';

/** Owners ask; the national operator of the organisation's country decides. */
export const verificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const db = deps.database.db;
  const tags = ['verification'];
  const write = writeLimit(deps.config.writeRateLimitPerMinute);

  app.post(
    '/organizations/:id/verification-request',
    {
      schema: { tags, summary: 'Ask for verification (owners)', params: uuidParam, response: { 200: organizationDetail, ...errorResponses } },
      config: write,
    },
    async (req) => {
      await requestVerification(db, req.actor, req.params.id, { now: deps.clock.now() });
      return organizationDetailFor(db, req.actor, req.params.id, req.actor.locale);
    },
  );

  app.get(
    '/verification/queue',
    {
      schema: {
        tags,
        summary: "Pending verification requests in the operator's countries (administrators: all)",
        querystring: verificationQueueQuery,
        response: { 200: organizationPage, ...errorResponses },
      },
    },
    async (req) => listVerificationQueue(db, req.actor, req.query, req.query.locale ?? req.actor.locale),
  );

  app.post(
    '/organizations/:id/verify',
    {
      schema: { tags, summary: 'Verify an organisation (operators of its country, administrators)', params: uuidParam, response: { 200: organizationDetail, ...errorResponses } },
      config: write,
    },
    async (req) => {
      await verifyOrganization(db, req.actor, req.params.id, { now: deps.clock.now() });
      return organizationDetailFor(db, req.actor, req.params.id, req.actor.locale);
    },
  );

  app.post(
    '/organizations/:id/reject-verification',
    {
      schema: {
        tags,
        summary: 'Refuse a verification request with a reason (operators of its country, administrators)',
        params: uuidParam,
        body: rejectVerificationBody,
        response: { 200: organizationDetail, ...errorResponses },
      },
      config: write,
    },
    async (req) => {
      await rejectVerification(db, req.actor, req.params.id, req.body.reason, { now: deps.clock.now() });
      return organizationDetailFor(db, req.actor, req.params.id, req.actor.locale);
    },
  );
};
