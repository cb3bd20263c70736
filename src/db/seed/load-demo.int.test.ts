import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, clientFor, type TestApp } from '../../../test/helpers/test-app.ts';
import { DEMO_PACKS } from './demo-packs.ts';
import { listings } from '../../modules/catalog/schema.ts';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, loadDemo } from './load-demo.ts';

describe.each(DB_KINDS)('demo network on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('loads deterministic, demo-marked data whose admin can sign in', async () => {
    const counts = await loadDemo(t.deps.database.db, DEMO_PACKS, t.clock.now());
    expect(counts.organizations).toBeGreaterThanOrEqual(40);
    expect(counts.offers).toBeGreaterThanOrEqual(200);
    expect(counts.requests).toBeGreaterThanOrEqual(80);

    const [row] = await t.deps.database.db
      .select({
        n: sql<number>`count(*)::int`,
        demo: sql<number>`(count(*) filter (where is_demo))::int`,
        langs: sql<number>`count(distinct original_lang)::int`,
      })
      .from(listings);
    expect(row).toEqual({ n: counts.offers + counts.requests, demo: counts.offers + counts.requests, langs: 10 });

    const login = await clientFor(t.app).post('/api/v1/auth/login', { email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.isAdmin).toBe(true);

    const published = await clientFor(t.app).get('/api/v1/offers?limit=5&lang=lo');
    expect(published.statusCode).toBe(200);
    expect(published.json().items.length).toBeGreaterThan(0);
  });
});
