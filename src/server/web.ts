import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './deps.ts';

/** Serves the built web app (filled in by the web module). */
export async function registerWeb(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
