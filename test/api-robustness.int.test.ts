import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from './helpers/databases.ts';
import { startTestApp, type TestApp } from './helpers/test-app.ts';
import { makeUser, type TestUser } from './helpers/factories.ts';

/**
 * Walks every operation in the generated OpenAPI document and throws bad input at it:
 * malformed ids, junk bodies, invalid JSON, wrong types in the query. A client's mistake
 * must always get a 4xx with the structured error, never a 500 — for anonymous callers
 * and for a signed-in user alike.
 */
const JUNK_BODIES: (string | undefined)[] = ['{"unexpected": [1, 2, {}], "id": null}', '"just a string"', '{not json', '[]', undefined];
const JUNK_IDS = ['not-a-uuid', '00000000-0000-7000-8000-000000000000', "1' OR '1'='1"];

interface Operation {
  method: string;
  path: string;
}

function operations(t: TestApp): Operation[] {
  const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of Object.keys(item)) {
      if (['get', 'post', 'put', 'patch', 'delete'].includes(method)) ops.push({ method: method.toUpperCase(), path });
    }
  }
  return ops;
}

describe.each(DB_KINDS)('every endpoint refuses bad input with a 4xx on %s', (kind) => {
  let t: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    t = await startTestApp(kind);
    user = await makeUser(t);
  });
  afterAll(async () => t?.close());

  it('documents the API in OpenAPI 3.1', () => {
    const doc = t.app.swagger() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).length).toBeGreaterThan(20);
  });

  it('never answers junk with a 5xx', async () => {
    const failures: string[] = [];
    for (const op of operations(t)) {
      for (const id of JUNK_IDS) {
        const url = op.path.replace(/\{[^}]+\}/g, encodeURIComponent(id)) + '?limit=abc&cursor=%%%&locale=xx&trlMin=-4';
        for (const body of op.method === 'GET' || op.method === 'DELETE' ? [undefined] : JUNK_BODIES) {
          for (const who of ['anonymous', 'user'] as const) {
            const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
            if (who === 'user') Object.assign(headers, { cookie: user.cookie, 'x-csrf-token': user.csrf });
            const res = await t.app.inject({ method: op.method as 'GET', url, headers, payload: body });
            if (res.statusCode >= 500) failures.push(`${who} ${op.method} ${url} body=${body} → ${res.statusCode} ${res.body.slice(0, 200)}`);
            else if (res.statusCode >= 400) {
              const err = res.json().error;
              if (!err?.code || !err?.message) failures.push(`${op.method} ${url}: unstructured ${res.statusCode} ${res.body.slice(0, 120)}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
