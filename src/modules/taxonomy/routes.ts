import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LOCALES } from './enums.ts';
import { countryList, currencyList, fieldTree, languageList } from './reference.ts';
import { errorResponses } from '../../server/http/schemas.ts';

const localeQuery = z.object({ locale: z.enum(LOCALES).default('en') });

const fieldNode = z.object({ code: z.string(), label: z.string() });
const fieldsResponse = z.object({ items: z.array(fieldNode.extend({ children: z.array(fieldNode) })) });
const countriesResponse = z.object({ items: z.array(z.object({ code: z.string(), name: z.string(), network: z.boolean() })) });
const languagesResponse = z.object({ items: z.array(z.object({ code: z.enum(LOCALES), name: z.string(), nativeName: z.string() })) });
const currenciesResponse = z.object({ items: z.array(z.object({ code: z.string(), name: z.string(), network: z.boolean() })) });

/** Reference data changes only with a deploy, so clients and proxies may keep it for an hour. */
const CACHE_CONTROL = 'public, max-age=3600';

export const taxonomyRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['reference'];
  const { 400: badRequest } = errorResponses;

  app.get(
    '/taxonomy/fields',
    { schema: { tags, summary: 'The two-level fields-of-technology taxonomy, labelled in a locale', querystring: localeQuery, response: { 200: fieldsResponse, 400: badRequest } } },
    async (req, reply) => {
      reply.header('cache-control', CACHE_CONTROL);
      return { items: [...fieldTree(req.query.locale)] };
    },
  );

  app.get(
    '/reference/countries',
    { schema: { tags, summary: 'Countries, China and ASEAN first, named in a locale', querystring: localeQuery, response: { 200: countriesResponse, 400: badRequest } } },
    async (req, reply) => {
      reply.header('cache-control', CACHE_CONTROL);
      return { items: [...countryList(req.query.locale)] };
    },
  );

  app.get(
    '/reference/languages',
    { schema: { tags, summary: 'The ten platform languages, named in a locale and in themselves', querystring: localeQuery, response: { 200: languagesResponse, 400: badRequest } } },
    async (req, reply) => {
      reply.header('cache-control', CACHE_CONTROL);
      return { items: [...languageList(req.query.locale)] };
    },
  );

  app.get(
    '/reference/currencies',
    { schema: { tags, summary: 'Currencies, network currencies first, named in a locale', querystring: localeQuery, response: { 200: currenciesResponse, 400: badRequest } } },
    async (req, reply) => {
      reply.header('cache-control', CACHE_CONTROL);
      return { items: [...currencyList(req.query.locale)] };
    },
  );
};
