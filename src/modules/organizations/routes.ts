import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, errorResponses, uuidParam, writeLimit } from '../../server/http/schemas.ts';
import type { Actor } from '../accounts/actor.ts';
import { readUploadFromRequest } from '../files/store-upload.ts';
import {
  createOrganizationBody,
  listOrganizationsQuery,
  localeQuery,
  organizationDetail,
  organizationPage,
  updateOrganizationBody,
} from './organization.schemas.ts';
import { organizationDetailFor } from './organization-detail.ts';
import { createOrganization } from './create-organization.ts';
import { updateOrganization } from './update-organization.ts';
import { listOrganizations } from './list-organizations.ts';
import { assertCanEditOrganization, setOrganizationLogo } from './set-organization-logo.ts';
import { memberRoutes } from './member.routes.ts';
import { verificationRoutes } from './verification.routes.ts';
import { apiTokenRoutes } from './api-token.routes.ts';

export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const db = deps.database.db;
  const tags = ['organizations'];
  const write = writeLimit(deps.config.writeRateLimitPerMinute);

  app.get(
    '/organizations',
    {
      schema: {
        tags,
        summary: 'Browse and search organisations',
        description: '`q` matches names in any language. Texts are shown in `locale` when available, else in the original language.',
        querystring: listOrganizationsQuery,
        response: { 200: organizationPage, ...errorResponses },
      },
    },
    async (req) => listOrganizations(db, req.query, req.query.locale ?? req.actor.locale),
  );

  app.post(
    '/organizations',
    {
      schema: {
        tags,
        summary: 'Create an organisation (the creator becomes its owner; needs a confirmed email)',
        body: createOrganizationBody,
        response: { 201: organizationDetail, ...errorResponses },
      },
      config: write,
    },
    async (req, reply) => {
      const { row } = await createOrganization(db, req.actor, req.body, { now: deps.clock.now() });
      const asOwner: Actor = { ...req.actor, memberships: new Map([...req.actor.memberships, [row.id, 'owner']]) };
      return reply.status(201).send(await organizationDetailFor(db, asOwner, row.id, req.actor.locale));
    },
  );

  app.get(
    '/organizations/:id',
    {
      schema: {
        tags,
        summary: 'One organisation with all its language versions',
        params: uuidParam,
        querystring: localeQuery,
        response: { 200: organizationDetail, ...errorResponses },
      },
    },
    async (req) => organizationDetailFor(db, req.actor, req.params.id, req.query.locale ?? req.actor.locale),
  );

  app.patch(
    '/organizations/:id',
    {
      schema: {
        tags,
        summary: 'Edit an organisation (owners and editors)',
        description: 'Texts are upserted per language. Changing the country of a verified organisation resets its verification.',
        params: uuidParam,
        body: updateOrganizationBody,
        response: { 200: organizationDetail, ...errorResponses },
      },
      config: write,
    },
    async (req) => {
      await updateOrganization(db, req.actor, req.params.id, req.body, { now: deps.clock.now() });
      return organizationDetailFor(db, req.actor, req.params.id, req.actor.locale);
    },
  );

  app.post(
    '/organizations/:id/logo',
    {
      schema: {
        tags,
        summary: 'Upload the organisation logo (multipart/form-data, one PNG, JPEG, WebP or GIF image)',
        consumes: ['multipart/form-data'],
        params: uuidParam,
        response: { 200: organizationDetail, ...errorResponses, 415: errorBody },
      },
      config: write,
    },
    async (req) => {
      const { uploadMaxBytes, dataDir } = deps.config;
      await assertCanEditOrganization(db, req.actor, req.params.id);
      const upload = await readUploadFromRequest(req, uploadMaxBytes);
      await setOrganizationLogo(db, req.actor, { organizationId: req.params.id, upload }, { now: deps.clock.now(), dataDir, maxBytes: uploadMaxBytes });
      return organizationDetailFor(db, req.actor, req.params.id, req.actor.locale);
    },
  );

  await app.register(memberRoutes);
  await app.register(verificationRoutes);
  await app.register(apiTokenRoutes);
};
