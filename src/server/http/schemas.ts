import { z } from 'zod';

/** The structured error every 4xx/5xx carries; documented on every route. */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

export const errorResponses = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
  413: errorBody,
  429: errorBody,
} as const;

export const uuidParam = z.object({ id: z.uuid({ message: 'Must be a UUID.' }) });

/** Cursor pagination shared by every list endpoint. */
export const pageQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** Route config for writes: a per-caller rate limit (keyed by user, token or IP). */
export function writeLimit(maxPerMinute: number) {
  return {
    rateLimit: {
      max: maxPerMinute,
      timeWindow: '1 minute',
      keyGenerator: (req: import('fastify').FastifyRequest) => req.actor?.userId ?? req.ip,
    },
  };
}
