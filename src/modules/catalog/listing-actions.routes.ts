import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../accounts/actor.ts';
import { errorResponses, uuidParam, writeLimit } from '../../server/http/schemas.ts';
import { readUploadFromRequest } from '../files/store-upload.ts';
import { attachmentOut, closeBody, type ListingKind } from './listing.schemas.ts';
import type { ListingRow } from './load-listing.ts';
import { submitListing } from './submit-listing.ts';
import { pauseListing } from './pause-listing.ts';
import { resumeListing } from './resume-listing.ts';
import { confirmListing } from './confirm-listing.ts';
import { closeListing } from './close-listing.ts';
import { deleteDraft } from './delete-draft.ts';
import { addListingAttachment, MAX_ATTACHMENT_BYTES } from './add-listing-attachment.ts';
import { removeListingAttachment } from './remove-listing-attachment.ts';
import { presentFile } from '../files/store-upload.ts';
import { requireUser } from '../../server/http/auth.ts';

export interface ListingResource {
  kind: ListingKind;
  path: '/offers' | '/requests';
  noun: string;
  /** The resource's output schema; every response body is checked against it. */
  output: z.ZodType;
  present(db: DbOrTx, actor: Actor, row: ListingRow, locale: string): Promise<unknown>;
}

type Action = (db: Parameters<typeof submitListing>[0], actor: Actor, input: { id: string; kind: ListingKind }, ctx: { now: Date }) => Promise<ListingRow>;

/** The lifecycle and attachment endpoints, the same for offers and requests. */
export function listingActionRoutes(res: ListingResource): FastifyPluginAsyncZod {
  return async (app) => {
    const { deps } = app;
    const db = deps.database.db;
    const tags = [res.path.slice(1)];
    const write = { config: writeLimit(deps.config.writeRateLimitPerMinute) };
    const ok = { 200: res.output, ...errorResponses };

    const actions: [string, string, Action][] = [
      ['submit', `Submit the ${res.noun} for review by an operator (draft, changes requested or rejected → submitted)`, submitListing],
      ['pause', `Pause a published ${res.noun} (published → paused)`, pauseListing],
      ['resume', `Resume a paused ${res.noun} (paused → published)`, resumeListing],
      ['confirm', `Confirm the ${res.noun} is still current: published for another 12 months (published or expired → published)`, confirmListing],
    ];
    for (const [action, summary, command] of actions) {
      app.post(`${res.path}/:id/${action}`, { schema: { tags, summary, params: uuidParam, response: ok }, ...write }, async (req) => {
        const row = await command(db, req.actor, { id: req.params.id, kind: res.kind }, { now: deps.clock.now() });
        return res.present(db, req.actor, row, req.actor.locale);
      });
    }

    app.post(
      `${res.path}/:id/close`,
      { schema: { tags, summary: `Close the ${res.noun} for good (transferred or withdrawn)`, params: uuidParam, body: closeBody, response: ok }, ...write },
      async (req) => {
        const row = await closeListing(db, req.actor, { id: req.params.id, kind: res.kind, reason: req.body.reason }, { now: deps.clock.now() });
        return res.present(db, req.actor, row, req.actor.locale);
      },
    );

    app.delete(
      `${res.path}/:id`,
      { schema: { tags, summary: `Delete a draft ${res.noun}`, params: uuidParam, response: { 204: z.null(), ...errorResponses } }, ...write },
      async (req, reply) => {
        await deleteDraft(db, req.actor, { id: req.params.id, kind: res.kind }, { now: deps.clock.now(), dataDir: deps.config.dataDir });
        return reply.status(204).send(null);
      },
    );

    app.post(
      `${res.path}/:id/attachments`,
      {
        schema: {
          tags,
          summary: `Attach an image or PDF (at most 10 MB, 10 per ${res.noun}) as multipart/form-data`,
          consumes: ['multipart/form-data'],
          params: uuidParam,
          response: { 201: attachmentOut, 415: errorResponses[400], ...errorResponses },
        },
        ...write,
      },
      async (req, reply) => {
        requireUser(req); // before reading up to 10 MB from someone who may not upload at all
        const maxBytes = Math.min(deps.config.uploadMaxBytes, MAX_ATTACHMENT_BYTES);
        const upload = await readUploadFromRequest(req, maxBytes);
        const file = await addListingAttachment(
          db,
          req.actor,
          { id: req.params.id, kind: res.kind, upload },
          { now: deps.clock.now(), dataDir: deps.config.dataDir, maxBytes },
        );
        return reply.status(201).send(presentFile(file));
      },
    );

    app.delete(
      `${res.path}/:id/attachments/:fileId`,
      {
        schema: {
          tags,
          summary: `Remove an attachment from the ${res.noun}`,
          params: uuidParam.extend({ fileId: z.uuid() }),
          response: { 204: z.null(), ...errorResponses },
        },
        ...write,
      },
      async (req, reply) => {
        await removeListingAttachment(db, req.actor, { id: req.params.id, kind: res.kind, fileId: req.params.fileId }, { dataDir: deps.config.dataDir });
        return reply.status(204).send(null);
      },
    );
  };
}
