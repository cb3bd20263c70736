import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, clientFor, type TestApp } from '../../../test/helpers/test-app.ts';

const KHMER = /[\u1780-\u17FF]/;

describe.each(DB_KINDS)('taxonomy and reference data on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('serves the field tree in Khmer', async () => {
    const res = await clientFor(t.app).get('/api/v1/taxonomy/fields?locale=km');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    const { items } = res.json();
    expect(items).toHaveLength(15);
    expect(items.reduce((n: number, top: { children: unknown[] }) => n + top.children.length, 0)).toBe(94);
    expect(items[0]).toMatchObject({ code: 'agri', label: expect.stringMatching(KHMER) });
    expect(items[0].children[0]).toMatchObject({ code: 'agri.crops', label: expect.stringMatching(KHMER) });
  });

  it('serves countries in Khmer with China and ASEAN first', async () => {
    const res = await clientFor(t.app).get('/api/v1/reference/countries?locale=km');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    const { items } = res.json();
    expect(items.length).toBeGreaterThan(200);
    expect(items.slice(0, 11).map((c: { code: string }) => c.code)).toEqual(['CN', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN']);
    expect(items[2]).toEqual({ code: 'KH', name: expect.stringMatching(KHMER), network: true });
    expect(items[11].network).toBe(false);
  });

  it('serves the ten languages in Khmer', async () => {
    const res = await clientFor(t.app).get('/api/v1/reference/languages?locale=km');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    const { items } = res.json();
    expect(items.map((l: { code: string }) => l.code)).toEqual(['zh-CN', 'en', 'th', 'vi', 'id', 'ms', 'fil', 'lo', 'km', 'my']);
    expect(items.find((l: { code: string }) => l.code === 'th')).toEqual({ code: 'th', name: expect.stringMatching(KHMER), nativeName: 'ไทย' });
  });

  it('serves currencies in Khmer with the network currencies first', async () => {
    const res = await clientFor(t.app).get('/api/v1/reference/currencies?locale=km');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    const { items } = res.json();
    expect(items[0]).toMatchObject({ code: 'CNY', network: true });
    expect(items.find((c: { code: string }) => c.code === 'KHR')).toEqual({ code: 'KHR', name: expect.stringMatching(KHMER), network: true });
    expect(items.map((c: { code: string }) => c.code)).toContain('THB');
  });

  it('defaults to English', async () => {
    const res = await clientFor(t.app).get('/api/v1/taxonomy/fields');
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ code: 'agri', label: 'Agriculture and food' });
  });

  it.each(['/api/v1/taxonomy/fields', '/api/v1/reference/countries', '/api/v1/reference/languages', '/api/v1/reference/currencies'])(
    'answers an unknown locale on %s with a structured 400',
    async (path) => {
      const res = await clientFor(t.app).get(`${path}?locale=xx`);
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.error.code).toBe('validation.failed');
      expect(body.error.fields).toHaveProperty('locale');
    },
  );
});
