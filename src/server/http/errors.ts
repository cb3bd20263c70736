import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/**
 * A domain error carries the HTTP status, a stable machine code ("offer.not_found")
 * the web app translates, an English message for API users, and optional per-field
 * messages. Commands throw these; one handler turns them into responses.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (code: string, message: string, fields?: Record<string, string>) =>
  new AppError(400, code, message, fields);
export const unauthorized = (message = 'Sign in to do this.') => new AppError(401, 'auth.required', message);
export const forbidden = (code = 'auth.forbidden', message = 'You are not allowed to do this.') =>
  new AppError(403, code, message);
export const notFound = (code: string, message = 'Not found.') => new AppError(404, code, message);
export const conflict = (code: string, message: string, fields?: Record<string, string>) =>
  new AppError(409, code, message, fields);

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** "/patents/0/number" → "patents.0.number"; the whole body or query when the path is empty. */
function pathKey(instancePath: string | undefined, where: string): string {
  const key = (instancePath ?? '').split('/').filter(Boolean).join('.');
  return key || where;
}

/** The single place errors become HTTP responses. A client's mistake never yields a 500. */
export function errorHandler(err: FastifyError | AppError | Error, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    return reply.status(err.status).send({ error: { code: err.code, message: err.message, fields: err.fields } });
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const fields: Record<string, string> = {};
    const where = (err as FastifyError).validationContext ?? 'body';
    for (const issue of err.validation) {
      const key = pathKey(issue.instancePath, where);
      fields[key] ??= issue.message ?? 'Invalid value';
    }
    const first = Object.keys(fields)[0];
    return reply.status(400).send({
      error: { code: 'validation.failed', message: `Invalid ${where}: ${first} — ${fields[first]}`, fields },
    });
  }
  if (isResponseSerializationError(err)) {
    req.log.error({ err }, 'response did not match its schema');
    return reply.status(500).send({ error: { code: 'internal', message: 'Internal error.' } });
  }
  const fe = err as FastifyError;
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code =
      fe.statusCode === 413 ? 'request.too_large' : fe.statusCode === 429 ? 'rate_limited' : fe.statusCode === 415 ? 'request.unsupported_media_type' : 'request.invalid';
    return reply.status(fe.statusCode).send({ error: { code, message: fe.message } });
  }
  req.log.error({ err }, 'unhandled error');
  return reply.status(500).send({ error: { code: 'internal', message: 'Internal error.' } });
}
