import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../server/http/schemas.ts';
import { auditPage, auditQuery } from './audit.schemas.ts';
import { listAudit } from './list-audit.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;

  app.get(
    '/admin/audit',
    {
      schema: {
        tags: ['administration'],
        summary: 'The audit trail, newest first (administrators only)',
        querystring: auditQuery,
        response: { 200: auditPage, ...errorResponses },
      },
    },
    async (req) => listAudit(db, req.actor, req.query),
  );
};
