import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import multipart from '@fastify/multipart';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './deps.ts';
import { errorHandler } from './http/errors.ts';
import { registerAuth } from './http/auth.ts';
import { accountRoutes } from '../modules/accounts/routes.ts';
import { organizationRoutes } from '../modules/organizations/routes.ts';
import { catalogRoutes } from '../modules/catalog/routes.ts';
import { taxonomyRoutes } from '../modules/taxonomy/routes.ts';
import { auditRoutes } from '../modules/audit/routes.ts';
import { mailRoutes } from '../modules/mail/routes.ts';
import { fileRoutes } from '../modules/files/routes.ts';
import { registerWeb } from './web.ts';

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

/** Builds the whole HTTP application from its dependencies; main.ts and tests both call this. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: deps.config.logLevel, redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'] },
    trustProxy: true,
    bodyLimit: 2 * 1024 * 1024,
    // 10,000-character descriptions in several languages fit easily; uploads use multipart.
  });
  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ error: { code: 'route.not_found', message: `No route for ${req.method} ${req.url.split('?')[0]}` } }),
  );

  await app.register(cookie, { secret: deps.config.sessionSecret });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: deps.config.uploadMaxBytes, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'InnoPort API',
        version: '1',
        description:
          'Open API of the China–ASEAN technology-transfer platform. Browser clients authenticate with the session cookie and send the x-csrf-token header on writes; machine clients send an organisation API token as `Authorization: Bearer …`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ip_session' },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(registerAuth, deps);

  app.get('/api/health', { schema: { hide: true } }, async () => {
    await deps.database.db.execute('select 1');
    return { status: 'ok', database: deps.database.kind };
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // Every write that queued mail gets it on its way as soon as the response is sent.
  app.addHook('onResponse', async (req) => {
    if (req.method !== 'GET') void deps.mail.kick();
  });

  await app.register(
    async (api) => {
      await api.register(accountRoutes);
      await api.register(organizationRoutes);
      await api.register(catalogRoutes);
      await api.register(taxonomyRoutes);
      await api.register(auditRoutes);
      await api.register(mailRoutes);
      await api.register(fileRoutes);
    },
    { prefix: '/api/v1' },
  );
  await registerWeb(app, deps);
  return app;
}
