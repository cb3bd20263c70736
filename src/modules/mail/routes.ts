import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses, uuidParam } from '../../server/http/schemas.ts';
import { mailboxQuery, mailDetail, mailPage } from './mail.schemas.ts';
import { getMail, listMails } from './list-mails.ts';

/** The dev mailbox (administrators only): what the platform sent or would send. */
export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['administration'];

  app.get(
    '/admin/mails',
    { schema: { tags, summary: 'Queued and sent mail, newest first', querystring: mailboxQuery, response: { 200: mailPage, ...errorResponses } } },
    async (req) => listMails(db, req.actor, req.query),
  );

  app.get(
    '/admin/mails/:id',
    { schema: { tags, summary: 'One mail with its text and HTML body', params: uuidParam, response: { 200: mailDetail, ...errorResponses } } },
    async (req) => getMail(db, req.actor, req.params.id),
  );
};
