import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses, uuidParam, writeLimit } from '../../server/http/schemas.ts';
import { notFound } from '../../server/http/errors.ts';
import {
  acceptInvitationBody,
  changeRoleBody,
  invitationBody,
  invitationParams,
  invitationView,
  memberParams,
  memberView,
} from './organization.schemas.ts';
import { listMembers } from './list-members.ts';
import { changeMemberRole } from './change-member-role.ts';
import { removeMember } from './remove-member.ts';
import { inviteMember } from './invite-member.ts';
import { listInvitations } from './list-invitations.ts';
import { revokeInvitation } from './revoke-invitation.ts';
import { acceptInvitation } from './accept-invitation.ts';
import { presentInvitation } from './invitation.presenter.ts';

/** Members, roles and invitations of an organisation. */
export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const db = deps.database.db;
  const tags = ['organizations'];
  const write = writeLimit(deps.config.writeRateLimitPerMinute);

  app.get(
    '/organizations/:id/members',
    {
      schema: { tags, summary: 'Members of an organisation (for its members and administrators)', params: uuidParam, response: { 200: z.object({ items: z.array(memberView) }), ...errorResponses } },
    },
    async (req) => ({ items: await listMembers(db, req.actor, req.params.id) }),
  );

  app.patch(
    '/organizations/:id/members/:userId',
    {
      schema: { tags, summary: "Change a member's role (owners; the last owner cannot be demoted)", params: memberParams, body: changeRoleBody, response: { 200: memberView, ...errorResponses } },
      config: write,
    },
    async (req) => {
      await changeMemberRole(db, req.actor, { organizationId: req.params.id, userId: req.params.userId, role: req.body.role }, { now: deps.clock.now() });
      const member = (await listMembers(db, req.actor, req.params.id)).find((m) => m.userId === req.params.userId);
      if (!member) throw notFound('organization.member_not_found', 'This person is not a member of the organisation.');
      return member;
    },
  );

  app.delete(
    '/organizations/:id/members/:userId',
    {
      schema: { tags, summary: 'Remove a member, or leave (the last owner cannot)', params: memberParams, response: { 204: z.null(), ...errorResponses } },
      config: write,
    },
    async (req, reply) => {
      await removeMember(db, req.actor, { organizationId: req.params.id, userId: req.params.userId }, { now: deps.clock.now() });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/organizations/:id/invitations',
    {
      schema: { tags, summary: 'Invite someone by email (owners); the link is valid for 14 days', params: uuidParam, body: invitationBody, response: { 201: invitationView, ...errorResponses } },
      config: write,
    },
    async (req, reply) => {
      const now = deps.clock.now();
      const row = await inviteMember(db, req.actor, { organizationId: req.params.id, ...req.body }, { now, publicUrl: deps.config.publicUrl });
      return reply.status(201).send(presentInvitation(row, now));
    },
  );

  app.get(
    '/organizations/:id/invitations',
    {
      schema: { tags, summary: "An organisation's invitations (owners)", params: uuidParam, response: { 200: z.object({ items: z.array(invitationView) }), ...errorResponses } },
    },
    async (req) => {
      const now = deps.clock.now();
      return { items: (await listInvitations(db, req.actor, req.params.id)).map((r) => presentInvitation(r, now)) };
    },
  );

  app.delete(
    '/organizations/:id/invitations/:invitationId',
    {
      schema: { tags, summary: 'Withdraw an invitation (owners)', params: invitationParams, response: { 204: z.null(), ...errorResponses } },
      config: write,
    },
    async (req, reply) => {
      await revokeInvitation(db, req.actor, { organizationId: req.params.id, invitationId: req.params.invitationId }, { now: deps.clock.now() });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/invitations/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation (signed in with the invited email address)',
        body: acceptInvitationBody,
        response: { 200: z.object({ organizationId: z.string(), role: z.string() }), ...errorResponses },
      },
      config: write,
    },
    async (req) => acceptInvitation(db, req.actor, req.body, { now: deps.clock.now() }),
  );
};
