import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { AppDeps } from './deps.ts';
import { isLocale, type Locale } from '../web/lib/enums.ts';
import { pickLocale } from '../web/i18n/locales.ts';
import { injectHead, renderHead, type PageSubject } from '../web/server/page-head.ts';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
/** Pages whose head is filled from public API data. */
const DETAIL_PAGE = new RegExp(`^/(offers|requests|organizations)/(${UUID})/?$`);
/** First path segments that are never locales and belong to someone else. */
const NOT_PAGES = new Set(['api', 'assets']);

const ROBOTS = `User-agent: *
Allow: /
Disallow: /api/
Disallow: /*/admin/
Disallow: /*/operator/
Disallow: /*/dashboard
Disallow: /*/profile
Disallow: /*/signin
Disallow: /*/register
Disallow: /*/verify-email
Disallow: /*/reset-password
Disallow: /*/forgot-password
Disallow: /*/invitations/
Disallow: /*/*/new
Disallow: /*/*/*/edit
`;

function acceptLanguages(req: FastifyRequest): string[] {
  const header = req.headers['accept-language'];
  if (typeof header !== 'string') return [];
  return header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag && x.tag !== '*' && x.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((x) => x.tag);
}

/** Public data for a detail page, fetched through the API exactly as an anonymous visitor sees it. */
async function loadSubject(app: FastifyInstance, kind: string, id: string, locale: Locale): Promise<PageSubject | null> {
  const res = await app.inject({ method: 'GET', url: `/api/v1/${kind}/${id}?locale=${encodeURIComponent(locale)}` });
  if (res.statusCode !== 200) return null;
  const body = res.json();
  if (kind === 'organizations') return { type: 'organization', organization: body };
  if (body.status && body.status !== 'published') return null;
  return { type: 'listing', listing: body };
}

/**
 * Serves the built web app: hashed assets with a year-long cache, `/` → the visitor's locale,
 * and every page under /<locale>/… as index.html with a server-rendered head. Without a
 * build (tests, API-only deployments) page routes answer 503 and everything else is untouched.
 */
export async function registerWeb(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const dist = deps.config.webDist;
  const indexPath = path.join(dist, 'index.html');
  const apiNotFound = (req: FastifyRequest, reply: FastifyReply) => reply.callNotFound();

  if (!fs.existsSync(indexPath)) {
    const unavailable = async (req: FastifyRequest<{ Params: { locale?: string } }>, reply: FastifyReply) => {
      if (req.params.locale && NOT_PAGES.has(req.params.locale)) return apiNotFound(req, reply);
      return reply
        .status(503)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(
          '<!doctype html><html lang="en"><meta charset="utf-8"><title>InnoPort: web app not built</title>' +
            '<p>The web app has not been built on this server. Run <code>npm run build:web</code> and restart; the API is available under <a href="/api/docs">/api/docs</a>.</p></html>',
        );
    };
    app.get('/', { schema: { hide: true } }, unavailable);
    app.get('/:locale', { schema: { hide: true } }, unavailable);
    app.get('/:locale/*', { schema: { hide: true } }, unavailable);
    return;
  }

  const indexHtml = fs.readFileSync(indexPath, 'utf8');
  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/',
    wildcard: false,
    index: false,
    globIgnore: ['index.html'],
    decorateReply: false,
    // Hashed build output never changes under its name; other files (favicon) may.
    setHeaders(reply, filePath) {
      const hashed = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
    },
  });

  app.get('/robots.txt', { schema: { hide: true } }, async (_req, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600').send(`${ROBOTS}`),
  );

  app.get('/', { schema: { hide: true } }, async (req, reply) => {
    const locale = pickLocale(acceptLanguages(req));
    return reply.header('vary', 'Accept-Language').header('cache-control', 'no-store').redirect(`/${locale}`, 302);
  });

  const page = async (req: FastifyRequest<{ Params: { locale: string; '*'?: string } }>, reply: FastifyReply) => {
    const { locale } = req.params;
    if (NOT_PAGES.has(locale)) return apiNotFound(req, reply);
    const send = (status: number, pageLocale: Locale, head: string) =>
      reply
        .status(status)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(injectHead(indexHtml, pageLocale, head));
    const publicUrl = deps.config.publicUrl;
    if (!isLocale(locale)) return send(404, 'en', renderHead({ publicUrl, locale: 'en', rest: '', notFound: true }));

    const rest = req.params['*'] ? `/${req.params['*']}`.replace(/\/+$/, '') : '';
    const detail = DETAIL_PAGE.exec(rest);
    if (detail) {
      const subject = await loadSubject(app, detail[1], detail[2], locale);
      if (!subject) return send(404, locale, renderHead({ publicUrl, locale, rest, notFound: true }));
      return send(200, locale, renderHead({ publicUrl, locale, rest, subject }));
    }
    return send(200, locale, renderHead({ publicUrl, locale, rest }));
  };
  app.get('/:locale', { schema: { hide: true } }, page);
  app.get('/:locale/*', { schema: { hide: true } }, page);
}
