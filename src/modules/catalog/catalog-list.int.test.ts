import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { anonymous, makeUser } from '../../../test/helpers/factories.ts';
import { makeOffer, makeOrg, makeRequest, offerBody, type TestOrg } from '../../../test/helpers/catalog-factories.ts';

type Item = { id: string; trl: number; text: { lang: string; title: string }; publishedAt: string };

describe.each(DB_KINDS)('catalog lists on %s', (kind) => {
  let t: TestApp;
  let th: TestOrg;
  let vn: TestOrg;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(kind);
    th = await makeOrg(t, { country: 'TH', type: 'university' });
    vn = await makeOrg(t, { country: 'VN', type: 'enterprise' });
    const en = offerBody(th.id).texts[0];
    const make = async (key: string, org: TestOrg, o: Parameters<typeof makeOffer>[1]) => {
      t.clock.advance(60_000); // distinct publication times
      ids[key] = (await makeOffer(t, { org, status: 'published', ...o })).id;
    };
    await make('thSolar', th, { fields: ['energy.solar'], trl: 7, transferModes: ['assignment'] });
    await make('thCrops', th, {
      fields: ['agri.crops'],
      trl: 4,
      originalLang: 'th',
      texts: [
        { lang: 'th', title: 'พันธุ์ข้าวทนแล้ง', summary: 'ข้าวทนแล้ง', description: '', applications: '', advantages: '' },
        { ...en, title: 'Drought-tolerant rice 100%_safe' },
      ],
    });
    await make('vnStorage', vn, { fields: ['energy.storage', 'materials.nano'], trl: 9, keywords: ['graphene anode'] });
    await make('vnAgri', vn, { fields: ['agri'], trl: 2, originalLang: 'vi', texts: [{ lang: 'vi', title: 'Máy sấy nông sản', summary: 'Tóm tắt', description: '', applications: '', advantages: '' }] });
    ids.draft = (await makeOffer(t, { org: th })).id;
  });
  afterAll(async () => t?.close());

  const list = async (query: string, viewer = anonymous(t)) => {
    const res = await viewer.get(`/api/v1/offers?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Item[]; nextCursor: string | null; total?: number };
  };
  const idsOf = async (query: string) => (await list(query)).items.map((i) => i.id);
  const mine = (got: string[]) => got.filter((id) => Object.values(ids).includes(id));

  it('lists published offers newest first and never drafts', async () => {
    expect(mine(await idsOf('limit=100'))).toEqual([ids.vnAgri, ids.vnStorage, ids.thCrops, ids.thSolar]);
    expect(mine(await idsOf('sort=oldest&limit=100'))).toEqual([ids.thSolar, ids.thCrops, ids.vnStorage, ids.vnAgri]);
    expect(mine(await idsOf('sort=trl&limit=100'))).toEqual([ids.vnStorage, ids.thSolar, ids.thCrops, ids.vnAgri]);
  });

  it('filters by country, organisation type, field (with sub-fields), TRL, mode, language and text', async () => {
    expect(mine(await idsOf('country=TH'))).toEqual([ids.thCrops, ids.thSolar]);
    expect(mine(await idsOf('orgType=enterprise'))).toEqual([ids.vnAgri, ids.vnStorage]);
    expect(mine(await idsOf('field=energy'))).toEqual([ids.vnStorage, ids.thSolar]);
    expect(mine(await idsOf('field=agri'))).toEqual([ids.vnAgri, ids.thCrops]);
    expect(mine(await idsOf('field=agri.crops'))).toEqual([ids.thCrops]);
    expect(mine(await idsOf('trlMin=4&trlMax=7'))).toEqual([ids.thCrops, ids.thSolar]);
    expect(mine(await idsOf('mode=assignment'))).toEqual([ids.thSolar]);
    expect(mine(await idsOf('lang=th'))).toEqual([ids.thCrops]);
    expect(mine(await idsOf('lang=en'))).toEqual([ids.vnStorage, ids.thCrops, ids.thSolar]);
    expect(mine(await idsOf(`organization=${vn.id}`))).toEqual([ids.vnAgri, ids.vnStorage]);
    expect(mine(await idsOf(`q=${encodeURIComponent('ทนแล้ง')}`))).toEqual([ids.thCrops]);
    expect(mine(await idsOf('q=GRAPHENE'))).toEqual([ids.vnStorage]);
    expect(mine(await idsOf(`q=${encodeURIComponent('100%_')}`))).toEqual([ids.thCrops]);
    expect(mine(await idsOf(`q=${encodeURIComponent('%')}`))).toEqual([ids.thCrops]);
    expect(mine(await idsOf('country=VN&field=energy&trlMin=8'))).toEqual([ids.vnStorage]);
    expect((await list(`country=TH&withTotal=true&organization=${th.id}`)).total).toBe(2);
  });

  it("shows each item in the viewer's language when there is a version, else the original", async () => {
    const thai = await list('country=TH&locale=th');
    expect(thai.items.find((i) => i.id === ids.thCrops)!.text).toMatchObject({ lang: 'th', title: 'พันธุ์ข้าวทนแล้ง' });
    expect(thai.items.find((i) => i.id === ids.thSolar)!.text.lang).toBe('en');
    const english = await list('country=TH&locale=en');
    expect(english.items.find((i) => i.id === ids.thCrops)!.text.lang).toBe('en');
    const viaHeader = await anonymous(t).request({ method: 'GET', url: '/api/v1/offers?country=TH', headers: { 'accept-language': 'th-TH,th;q=0.9' } });
    expect(viaHeader.json().items.find((i: Item) => i.id === ids.thCrops).text.lang).toBe('th');
  });

  it('pages with a cursor without duplicates or gaps, in every sort', async () => {
    const org = await makeOrg(t, { country: 'PH' });
    const made: string[] = [];
    for (let i = 0; i < 23; i++) {
      // Several share a publication time and a TRL, so ties are broken by id.
      if (i % 3 === 0) t.clock.advance(1000);
      made.push((await makeOffer(t, { org, status: 'published', trl: (i % 4) + 1 })).id);
    }
    for (const sort of ['newest', 'oldest', 'trl']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: { items: Item[]; nextCursor: string | null } = await list(
          `organization=${org.id}&sort=${sort}&limit=5${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      expect(pages).toBe(5);
      expect(new Set(seen).size).toBe(23);
      expect([...seen].sort()).toEqual([...made].sort());
      const all = (await list(`organization=${org.id}&sort=${sort}&limit=100`)).items.map((i) => i.id);
      expect(seen).toEqual(all);
    }
  });

  it('lets members filter their organisation by status; others get 403', async () => {
    const res = await th.owner.get(`/api/v1/offers?organization=${th.id}&status=draft`);
    expect(res.json().items.map((i: Item) => i.id)).toEqual([ids.draft]);
    expect((await anonymous(t).get(`/api/v1/offers?organization=${th.id}&status=draft`)).statusCode).toBe(403);
    expect((await anonymous(t).get('/api/v1/offers?status=draft')).statusCode).toBe(400);
  });

  it('sorts requests by nearest deadline, those without one last', async () => {
    const org = await makeOrg(t, { country: 'KH' });
    const later = await makeRequest(t, { org, status: 'published', deadline: '2027-06-01' });
    const none = await makeRequest(t, { org, status: 'published', deadline: null });
    const sooner = await makeRequest(t, { org, status: 'published', deadline: '2026-12-01' });
    const none2 = await makeRequest(t, { org, status: 'published', deadline: null });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await anonymous(t).get(`/api/v1/requests?organization=${org.id}&sort=deadline&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.json().items.map((i: { id: string }) => i.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen.slice(0, 2)).toEqual([sooner.id, later.id]);
    expect(seen.slice(2).sort()).toEqual([none.id, none2.id].sort());
  });

  it("shows the owner dashboard with every status of the user's organisations", async () => {
    const res = await th.owner.get('/api/v1/me/listings?limit=100');
    expect(res.statusCode).toBe(200);
    const got = res.json().items.map((i: { id: string }) => i.id);
    expect(got).toEqual(expect.arrayContaining([ids.draft, ids.thSolar, ids.thCrops]));
    expect(got).not.toContain(ids.vnStorage);
    const drafts = (await th.owner.get('/api/v1/me/listings?status=draft&kind=offer')).json().items;
    expect(drafts.map((i: { id: string; status: string }) => i.status)).toEqual(['draft']);
    expect((await (await makeUser(t)).get('/api/v1/me/listings')).json().items).toEqual([]);
  });

  it('orders the moderation queue oldest submission first, operators seeing their countries only', async () => {
    const la = await makeOrg(t, { country: 'LA' });
    const operatorLA = await makeUser(t, { operatorFor: ['LA'] });
    const first = await makeOffer(t, { org: la });
    const second = await makeRequest(t, { org: la });
    await la.owner.post(`/api/v1/offers/${first.id}/submit`);
    t.clock.advance(1000);
    await la.owner.post(`/api/v1/requests/${second.id}/submit`);
    const queue = (await operatorLA.get('/api/v1/moderation/queue')).json().items;
    expect(queue.map((i: { id: string; kind: string }) => [i.kind, i.id])).toEqual([
      ['offer', first.id],
      ['request', second.id],
    ]);
    expect((await operatorLA.get('/api/v1/moderation/queue?kind=request')).json().items).toHaveLength(1);
    const admin = await makeUser(t, { admin: true });
    const all = (await admin.get('/api/v1/moderation/queue?limit=100')).json().items.map((i: { id: string }) => i.id);
    expect(all).toEqual(expect.arrayContaining([first.id, second.id]));
  });
});
