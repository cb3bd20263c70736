import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { anonymous } from '../../../test/helpers/factories.ts';
import { makeOrg, makeRequest, offerBody, requestBody, type TestOrg } from '../../../test/helpers/catalog-factories.ts';
import { loadUserActor } from '../accounts/actor.ts';
import { listings } from './schema.ts';
import { createListing } from './create-listing.ts';
import { offerInput } from './listing-input.ts';

describe.each(DB_KINDS)('catalog validation on %s', (kind) => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await startTestApp(kind);
    org = await makeOrg(t);
  });
  afterAll(async () => t?.close());

  const create = (overrides: Record<string, unknown>) => org.owner.post('/api/v1/offers', { ...offerBody(org.id), ...overrides });
  const fieldsOf = async (overrides: Record<string, unknown>) => {
    const res = await create(overrides);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation.failed');
    return res.json().error.fields as Record<string, string>;
  };

  it('names the field for unknown codes and out-of-range values', async () => {
    expect(await fieldsOf({ fields: ['agri.crops', 'no.such.field'] })).toHaveProperty('fields', expect.stringContaining('no.such.field'));
    expect(await fieldsOf({ fields: [] })).toHaveProperty('fields');
    expect(await fieldsOf({ price: { amount: 100, currency: 'XYZ', negotiable: false } })).toHaveProperty(['price.currency']);
    expect(await fieldsOf({ price: { amount: 100, currency: 'usd', negotiable: false } })).toHaveProperty(['price.currency']);
    expect(await fieldsOf({ price: { amount: 10.5, currency: 'USD', negotiable: false } })).toHaveProperty(['price.amount']);
    expect(await fieldsOf({ price: { amount: null, currency: null, negotiable: false } })).toHaveProperty(['price.negotiable']);
    expect(await fieldsOf({ trl: 10 })).toHaveProperty('trl');
    expect(await fieldsOf({ trl: 0 })).toHaveProperty('trl');
    expect(await fieldsOf({ targetCountries: ['TH', 'XX'] })).toHaveProperty('targetCountries', expect.stringContaining('XX'));
    expect(await fieldsOf({ targetCountries: ['th'] })).toHaveProperty('targetCountries');
    expect(await fieldsOf({ transferModes: ['barter'] })).toHaveProperty(['transferModes.0']);
    expect(await fieldsOf({ transferModes: [] })).toHaveProperty('transferModes');
    expect(await fieldsOf({ ipStatus: 'secret' })).toHaveProperty('ipStatus');
    expect(await fieldsOf({ patents: [{ number: 'CN1', jurisdiction: 'XQ' }] })).toHaveProperty(['patents.0.jurisdiction']);
    expect(await fieldsOf({ keywords: ['x'.repeat(61)] })).toHaveProperty(['keywords.0']);
    expect(await fieldsOf({ keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) })).toHaveProperty('keywords');
    expect(await fieldsOf({ organizationId: 'nope' })).toHaveProperty('organizationId');
  });

  it('checks the language versions', async () => {
    const th = { lang: 'th', title: 'เครื่องอบแห้ง', summary: 'สรุป' };
    expect(await fieldsOf({ texts: [th] })).toHaveProperty('texts', expect.stringContaining('original language'));
    const en = offerBody(org.id).texts[0];
    expect(await fieldsOf({ texts: [en, { ...en }] })).toHaveProperty('texts');
    expect(await fieldsOf({ texts: [{ ...en, lang: 'xx' }] })).toHaveProperty(['texts.0.lang']);
    expect(await fieldsOf({ texts: [{ ...en, title: 'ab' }] })).toHaveProperty(['texts.0.title']);
    expect(await fieldsOf({ texts: [{ ...en, summary: 's'.repeat(2001) }] })).toHaveProperty(['texts.0.summary']);
    expect(await fieldsOf({ texts: [{ ...en, description: 'd'.repeat(20_001) }] })).toHaveProperty(['texts.0.description']);
    expect(await fieldsOf({ texts: [{ ...en, title: 'nul \u0000 byte' }] })).toHaveProperty(['texts.0.title']);
    // An edit that drops the original language's version is refused too.
    const ok = await create({});
    const patch = await org.owner.patch(`/api/v1/offers/${ok.json().id}`, { texts: [th] });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().error.fields).toHaveProperty('texts');
  });

  it('validates request budgets and deadlines', async () => {
    const bad = async (o: Record<string, unknown>) => {
      const res = await org.owner.post('/api/v1/requests', { ...requestBody(org.id), ...o });
      expect(res.statusCode).toBe(400);
      return res.json().error.fields;
    };
    expect(await bad({ budget: { min: 500, max: 100, currency: 'USD' } })).toHaveProperty(['budget.max']);
    expect(await bad({ deadline: '2026-02-30' })).toHaveProperty('deadline');
    expect(await bad({ deadline: '2020-01-01' })).toHaveProperty('deadline');
    expect(await bad({ visibility: 'secret' })).toHaveProperty('visibility');
    const today = t.clock.now().toISOString().slice(0, 10);
    const ok = await org.owner.post('/api/v1/requests', { ...requestBody(org.id), deadline: today });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ deadline: today, minTrl: 5, budget: { min: 1_000_000, max: 5_000_000, currency: 'USD' } });
  });

  it('round-trips a 10,000-character Thai description with emoji and RTL marks unchanged', async () => {
    const unit = 'เครื่องอบแห้ง🌞พลังงาน\u200Fแสงอาทิตย์ 🇹🇭 ';
    let description = '  ';
    while ([...description].length < 9_990) description += unit;
    description = [...description].slice(0, 10_000).join('');
    expect([...description].length).toBe(10_000);
    const title = '\u200F  ระบบ 🌾 อบแห้ง  ';
    const texts = [
      { lang: 'th', title, summary: 'สรุป\n\nสองบรรทัด ', description, applications: '', advantages: '' },
      { lang: 'en', title: 'Solar dryer', summary: 'Summary', description: 'Plain', applications: 'a', advantages: 'b' },
    ];
    const res = await org.owner.post('/api/v1/offers', { ...offerBody(org.id), originalLang: 'th', texts });
    expect(res.statusCode).toBe(201);
    const got = (await org.owner.get(`/api/v1/offers/${res.json().id}?locale=th`)).json();
    expect(got.text).toMatchObject({ lang: 'th', source: 'original', title, description, summary: texts[0].summary });
    expect(got.languages).toEqual(['th', 'en']);
    const inEnglish = (await org.owner.get(`/api/v1/offers/${res.json().id}?locale=en`)).json();
    expect(inEnglish.text).toMatchObject({ lang: 'en', source: 'author', title: 'Solar dryer' });
    // A locale without a version falls back to the original.
    expect((await org.owner.get(`/api/v1/offers/${res.json().id}?locale=vi`)).json().text.lang).toBe('th');
  });

  it('writes a listing and its texts together or not at all', async () => {
    const fresh = await makeOrg(t, { owner: org.owner });
    const actor = (await loadUserActor(t.deps.database.db, org.owner.userId, null))!;
    const input = offerInput(offerBody(fresh.id) as Parameters<typeof offerInput>[0]);
    const en = input.texts[0];
    // Two versions in one language break the texts' primary key after the listing row is written.
    await expect(
      createListing(t.deps.database.db, actor, { ...input, texts: [en, { ...en }] }, { now: t.clock.now() }),
    ).rejects.toThrow();
    const rows = await t.deps.database.db.select().from(listings).where(eq(listings.organizationId, fresh.id));
    expect(rows).toHaveLength(0);
  });

  it('rejects a malformed cursor and unknown filter codes with 400', async () => {
    const res = await anonymous(t).get('/api/v1/offers?cursor=garbage');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('cursor');
    expect((await anonymous(t).get('/api/v1/offers?field=nope')).json().error.fields).toHaveProperty('field');
    expect((await anonymous(t).get('/api/v1/offers?country=XX')).json().error.fields).toHaveProperty('country');
    expect((await anonymous(t).get('/api/v1/offers?trlMin=11')).statusCode).toBe(400);
    expect((await anonymous(t).get('/api/v1/offers?limit=101')).statusCode).toBe(400);
    const newestCursor = Buffer.from(JSON.stringify(['newest', '2026-01-01T00:00:00.000Z', '0190c7a4-0000-7000-8000-000000000000'])).toString('base64url');
    expect((await anonymous(t).get(`/api/v1/offers?sort=trl&cursor=${newestCursor}`)).statusCode).toBe(400);
  });

  it('documents every catalog route in the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const p of [
      '/api/v1/offers',
      '/api/v1/offers/{id}',
      '/api/v1/offers/{id}/submit',
      '/api/v1/offers/{id}/attachments',
      '/api/v1/requests/{id}/close',
      '/api/v1/moderation/queue',
      '/api/v1/moderation/listings/{id}/approve',
      '/api/v1/me/listings',
    ]) {
      expect(paths).toContain(p);
    }
  });

  it('makes a request an anonymous user can list with the public default visibility', async () => {
    const { id } = await makeRequest(t, { org, status: 'published' });
    const list = (await anonymous(t).get(`/api/v1/requests?organization=${org.id}`)).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(id);
  });
});
