import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, clientFor, type TestApp } from '../../../test/helpers/test-app.ts';
import { makeUser, unique } from '../../../test/helpers/factories.ts';
import { makeOrganization, organizationBody } from '../../../test/helpers/organization-factories.ts';
import { auditLog } from '../audit/schema.ts';

describe.each(DB_KINDS)('organisations on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('creates an organisation whose creator becomes owner, and shows it in the viewer language', async () => {
    const u = await makeUser(t, { locale: 'th' });
    const body = organizationBody();
    const res = await u.post('/api/v1/organizations', body);
    expect(res.statusCode).toBe(201);
    const org = res.json();
    expect(org).toMatchObject({
      type: 'university',
      country: 'TH',
      region: 'Chiang Mai',
      website: 'https://uni.example',
      originalLang: 'th',
      verified: false,
      verificationStatus: 'unverified',
      logoUrl: null,
      myRole: 'owner',
      permissions: { edit: true, manage: true, verify: false },
      languages: ['th', 'en'],
    });
    expect(org.texts.map((x: { lang: string; source: string }) => [x.lang, x.source])).toEqual([['th', 'original'], ['en', 'author']]);

    const en = await clientFor(t.app).get(`/api/v1/organizations/${org.id}?locale=en`);
    expect(en.json()).toMatchObject({ name: body.texts[1].name, lang: 'en', permissions: { edit: false } });
    // No Vietnamese version: the original is shown.
    const vi = await clientFor(t.app).get(`/api/v1/organizations/${org.id}?locale=vi`);
    expect(vi.json()).toMatchObject({ name: body.texts[0].name, lang: 'th' });

    const members = await u.get(`/api/v1/organizations/${org.id}/members`);
    expect(members.json().items).toEqual([expect.objectContaining({ userId: u.userId, role: 'owner' })]);
    const [audit] = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, org.id), eq(auditLog.action, 'organization.create')));
    expect(audit.actorUserId).toBe(u.userId);
  });

  it('keeps a 10,000-character description with emoji and RTL marks exactly', async () => {
    const u = await makeUser(t);
    const unit = 'Agri-tech 🌾\u200f عربى \u200e ✓ ';
    let description = '';
    while ([...description].length + [...unit].length <= 10_000) description += unit;
    description += 'x'.repeat(10_000 - [...description].length);
    expect([...description].length).toBe(10_000);
    const res = await u.post('/api/v1/organizations', organizationBody({ originalLang: 'en', texts: [{ lang: 'en', name: 'Long text org', description }] }));
    expect(res.statusCode).toBe(201);
    const got = await clientFor(t.app).get(`/api/v1/organizations/${res.json().id}`);
    expect(got.json().description).toBe(description);

    const tooLong = await u.post('/api/v1/organizations', organizationBody({ originalLang: 'en', texts: [{ lang: 'en', name: 'x', description: `${description}y` }] }));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields).toHaveProperty(['texts.0.description']);
  });

  it('answers bad input with 400 and the fields at fault', async () => {
    const u = await makeUser(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ country: 'XX' }, 'country'],
      [{ type: 'secret_society' }, 'type'],
      [{ website: 'not a url' }, 'website'],
      [{ website: 'javascript:alert(1)' }, 'website'],
      [{ originalLang: 'vi' }, 'texts'],
      [{ texts: [] }, 'texts'],
      [{ texts: [{ lang: 'th', name: '   ' }] }, 'texts.0.name'],
      [{ texts: [{ lang: 'th', name: 'a' }, { lang: 'th', name: 'b' }] }, 'texts'],
      [{ originalLang: 'xx' }, 'originalLang'],
    ];
    for (const [override, field] of cases) {
      const res = await u.post('/api/v1/organizations', organizationBody(override));
      expect(res.statusCode, JSON.stringify(override)).toBe(400);
      expect(res.json().error.code).toBe('validation.failed');
      expect(Object.keys(res.json().error.fields), JSON.stringify(override)).toContain(field);
    }
  });

  it('needs a signed-in user with a confirmed email to create', async () => {
    expect((await clientFor(t.app).post('/api/v1/organizations', organizationBody())).statusCode).toBe(401);
    const unverified = await makeUser(t, { verified: false });
    const res = await unverified.post('/api/v1/organizations', organizationBody());
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('account.email_unverified');
  });

  it('lets owners and editors edit, refuses others with 403, unknown ids with 404', async () => {
    const editor = await makeUser(t);
    const member = await makeUser(t);
    const stranger = await makeUser(t);
    const org = await makeOrganization(t, { editors: [editor], members: [member] });
    const patch = { region: 'Khon Kaen', texts: [{ lang: 'th', name: 'ชื่อภาษาไทย', description: 'คำอธิบาย' }] };

    const ok = await editor.patch(`/api/v1/organizations/${org.id}`, patch);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ region: 'Khon Kaen', languages: ['en', 'th'] });
    expect(ok.json().texts).toContainEqual({ lang: 'th', source: 'author', name: 'ชื่อภาษาไทย', description: 'คำอธิบาย' });

    expect((await member.patch(`/api/v1/organizations/${org.id}`, patch)).statusCode).toBe(403);
    const denied = await stranger.patch(`/api/v1/organizations/${org.id}`, patch);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('organization.forbidden');
    expect((await clientFor(t.app).patch(`/api/v1/organizations/${org.id}`, patch)).statusCode).toBe(401);
    const missing = await editor.patch('/api/v1/organizations/0190b7a4-0000-7000-8000-000000000000', patch);
    expect(missing.statusCode).toBe(404);
    expect((await clientFor(t.app).get('/api/v1/organizations/0190b7a4-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await clientFor(t.app).get('/api/v1/organizations/not-a-uuid')).statusCode).toBe(400);

    const noOriginal = await org.owner.patch(`/api/v1/organizations/${org.id}`, { removeLangs: ['en'] });
    expect(noOriginal.statusCode).toBe(400);
    expect(noOriginal.json().error.fields).toHaveProperty('removeLangs');
    const badSite = await org.owner.patch(`/api/v1/organizations/${org.id}`, { website: 'ftp://x.example' });
    expect(badSite.json().error.fields).toHaveProperty('website');

    // Switching the original language moves the 'original' mark.
    const switched = await org.owner.patch(`/api/v1/organizations/${org.id}`, { originalLang: 'th' });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().texts.map((x: { lang: string; source: string }) => [x.lang, x.source])).toEqual([['th', 'original'], ['en', 'author']]);
  });

  it('resets verification when a verified organisation moves country, keeps it on other edits', async () => {
    const org = await makeOrganization(t, { verificationStatus: 'verified', country: 'VN' });
    const r1 = await org.owner.patch(`/api/v1/organizations/${org.id}`, { region: 'Hà Nội', website: null });
    expect(r1.json()).toMatchObject({ verified: true, website: null });
    const r2 = await org.owner.patch(`/api/v1/organizations/${org.id}`, { country: 'LA' });
    expect(r2.json()).toMatchObject({ country: 'LA', verified: false, verificationStatus: 'unverified' });
    const entries = await t.deps.database.db.select().from(auditLog).where(eq(auditLog.entityId, org.id));
    expect(entries.map((e) => e.action)).toContain('organization.verification_reset');
  });

  it('lists with filters, keyword over any language, sorting and cursor pagination', async () => {
    const tag = unique('kw');
    const owner = await makeUser(t);
    const a = await makeOrganization(t, { owner, country: 'KH', type: 'startup', names: { en: `Alpha ${tag}`, km: `អាល់ហ្វា ${tag}` } });
    const b = await makeOrganization(t, { owner, country: 'KH', type: 'university', names: { en: `bravo ${tag}` }, verificationStatus: 'verified' });
    t.clock.advance(1000);
    const c = await makeOrganization(t, { owner, country: 'MM', names: { my: `ချာလီ ${tag}` }, originalLang: 'my' });
    t.clock.advance(1000);
    const anon = clientFor(t.app);
    const ids = async (qs: string) => (await anon.get(`/api/v1/organizations?q=${encodeURIComponent(tag)}&${qs}`)).json().items.map((o: { id: string }) => o.id);

    expect(await ids('sort=name')).toEqual([a.id, b.id, c.id]);
    expect(await ids('sort=newest')).toEqual([c.id, b.id, a.id]);
    expect(await ids('country=KH')).toEqual([a.id, b.id]);
    expect(await ids('type=startup')).toEqual([a.id]);
    expect(await ids('verified=true')).toEqual([b.id]);
    expect(await ids('verified=false')).toEqual([a.id, c.id]);
    expect(await ids('lang=km')).toEqual([a.id]);
    expect((await anon.get(`/api/v1/organizations?q=${encodeURIComponent('ချာလီ')}`)).json().items.map((o: { id: string }) => o.id)).toContain(c.id);
    // LIKE wildcards in q are literal.
    expect((await anon.get(`/api/v1/organizations?q=${encodeURIComponent(`%${tag}`)}`)).json().items).toEqual([]);

    // In Khmer, Alpha shows (and sorts by) its Khmer name; Bravo has none and falls back to English.
    const shown = (await anon.get(`/api/v1/organizations?q=${tag}&country=KH&locale=km&sort=name`)).json().items;
    expect(shown[0]).toMatchObject({ id: b.id, name: `bravo ${tag}`, lang: 'en', verified: true });
    expect(shown[1]).toMatchObject({ id: a.id, name: `អាល់ហ្វា ${tag}`, lang: 'km', verified: false });

    for (const sort of ['name', 'newest']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = (
          await anon.get(`/api/v1/organizations?q=${tag}&sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        ).json();
        seen.push(...page.items.map((o) => o.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen, sort).toEqual(await ids(`sort=${sort}`));
    }

    const bad = await anon.get('/api/v1/organizations?cursor=garbage');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('cursor');
    expect((await anon.get('/api/v1/organizations?country=XX')).json().error.fields).toHaveProperty('country');
  });
});
