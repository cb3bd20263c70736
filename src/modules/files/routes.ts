import fs from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { errorResponses, uuidParam } from '../../server/http/schemas.ts';
import { notFound } from '../../server/http/errors.ts';
import { files } from './schema.ts';
import { fileAudience } from './access.ts';
import { storedFilePath } from './store-upload.ts';
import { contentDisposition } from './content-disposition.ts';

export const fileRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const db = deps.database.db;

  app.get(
    '/files/:id',
    {
      schema: {
        tags: ['files'],
        summary: 'Download an uploaded file (organisation logo or listing attachment)',
        description:
          'Streams the bytes with the type detected at upload. Logos are public; listing attachments are visible to whoever may see the listing. Unknown or hidden files are 404.',
        params: uuidParam,
        response: { 200: z.any().describe('The file bytes'), 304: z.null().describe('Not modified'), ...errorResponses },
      },
    },
    async (req, reply) => {
      const [file] = await db.select().from(files).where(eq(files.id, req.params.id));
      const audience = file ? await fileAudience(db, req.actor, file) : null;
      if (!file || !audience) throw notFound('file.not_found', 'No such file.');
      const filePath = storedFilePath(deps.config.dataDir, file.id);
      const stat = await fs.promises.stat(filePath).catch(() => null);
      if (!stat) {
        req.log.warn({ fileId: file.id }, 'file row without bytes');
        throw notFound('file.not_found', 'No such file.');
      }
      // Bytes never change for an id, so the content hash is a strong validator.
      const etag = `"${file.sha256}"`;
      reply
        .header('ETag', etag)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .header('Cache-Control', audience === 'public' ? 'public, max-age=86400' : 'private, no-cache');
      // Who may read a restricted file depends on the caller, so caches must key on it.
      if (audience !== 'public') reply.header('Vary', 'Cookie, Authorization');
      if (req.headers['if-none-match'] === etag) return reply.status(304).send(null);
      return reply
        .status(200)
        .type(file.mime)
        .header('Content-Length', stat.size)
        .header('Content-Disposition', contentDisposition(file.kind === 'image' ? 'inline' : 'attachment', file.originalName))
        .send(fs.createReadStream(filePath));
    },
  );
};
