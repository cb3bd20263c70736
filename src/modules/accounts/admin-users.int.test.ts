import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, clientFor, type TestApp } from '../../../test/helpers/test-app.ts';
import { makeUser, unique } from '../../../test/helpers/factories.ts';
import { makeApiTokenFor, put } from '../../../test/helpers/accounts-factories.ts';

describe.each(DB_KINDS)('user administration on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  const ZERO = '00000000-0000-7000-8000-000000000000';

  it('is for administrators only: 401 signed out, 403 for others and for API tokens', async () => {
    const user = await makeUser(t, { operatorFor: ['VN'] });
    const anon = clientFor(t.app);
    expect((await anon.get('/api/v1/admin/users')).statusCode).toBe(401);
    expect((await put(anon, `/api/v1/admin/users/${user.userId}/admin`, { isAdmin: true })).statusCode).toBe(401);
    expect((await put(anon, `/api/v1/admin/users/${user.userId}/operator-countries`, { countries: [] })).statusCode).toBe(401);

    const list = await user.get('/api/v1/admin/users');
    expect(list.statusCode).toBe(403);
    expect(list.json().error.code).toBe('auth.admin_required');
    expect((await put(user, `/api/v1/admin/users/${user.userId}/admin`, { isAdmin: true })).statusCode).toBe(403);
    expect((await put(user, `/api/v1/admin/users/${user.userId}/operator-countries`, { countries: ['VN', 'TH'] })).statusCode).toBe(403);

    const admin = await makeUser(t, { admin: true });
    const viaToken = clientFor(t.app, { bearer: await makeApiTokenFor(t, admin.userId) });
    expect((await viaToken.get('/api/v1/admin/users')).statusCode).toBe(403);
    expect((await admin.get(`/api/v1/admin/users?q=${encodeURIComponent(user.email)}`)).json().items[0]).toMatchObject({ isAdmin: false, operatorCountries: ['VN'] });
  });

  it('finds users by part of email or name and pages through them by cursor', async () => {
    const admin = await makeUser(t, { admin: true });
    const tag = unique('tag');
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await makeUser(t, { displayName: `Dr ${tag} ${i}`, locale: 'km' }));
    const byEmail = await makeUser(t, { email: `${tag}.mail@example.org` });

    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await admin.get(`/api/v1/admin/users?q=${tag.toUpperCase()}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.items.length).toBeLessThanOrEqual(2);
      ids.push(...body.items.map((u: { id: string }) => u.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(ids).toEqual([...made.map((u) => u.userId), byEmail.userId]);
    expect(pages).toBe(3);

    const one = (await admin.get(`/api/v1/admin/users?q=${tag} 3`)).json();
    expect(one.items).toHaveLength(1);
    expect(one.items[0]).toEqual({
      id: made[3].userId,
      email: made[3].email,
      displayName: `Dr ${tag} 3`,
      locale: 'km',
      calendar: 'gregory',
      emailVerified: true,
      isAdmin: false,
      isDemo: false,
      operatorCountries: [],
      createdAt: expect.any(String),
    });
    // LIKE wildcards in the query are taken literally.
    expect((await admin.get(`/api/v1/admin/users?q=${encodeURIComponent('%')}`)).json().items).toEqual([]);
  });

  it('validates list parameters with 400', async () => {
    const admin = await makeUser(t, { admin: true });
    const badCursor = await admin.get('/api/v1/admin/users?cursor=abc');
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().error.fields).toHaveProperty('cursor');
    expect((await admin.get('/api/v1/admin/users?limit=0')).json().error.fields).toHaveProperty('limit');
    expect((await admin.get('/api/v1/admin/users?limit=101')).statusCode).toBe(400);
  });

  it('replaces a user’s operator countries, audits before and after, and the user acts with them', async () => {
    const admin = await makeUser(t, { admin: true });
    const op = await makeUser(t, { operatorFor: ['LA'] });
    const res = await put(admin, `/api/v1/admin/users/${op.userId}/operator-countries`, { countries: ['vn', 'TH', 'VN'] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: op.userId, operatorCountries: ['TH', 'VN'] });
    expect((await op.get('/api/v1/auth/session')).json().user.operatorCountries).toEqual(['TH', 'VN']);

    const audit = (await admin.get(`/api/v1/admin/audit?entityType=user&entityId=${op.userId}`)).json();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      action: 'user.set_operator_countries',
      actor: { id: admin.userId, email: admin.email },
      before: { countries: ['LA'] },
      after: { countries: ['TH', 'VN'] },
    });

    // The same set again changes nothing and records nothing.
    expect((await put(admin, `/api/v1/admin/users/${op.userId}/operator-countries`, { countries: ['VN', 'TH'] })).statusCode).toBe(200);
    const cleared = await put(admin, `/api/v1/admin/users/${op.userId}/operator-countries`, { countries: [] });
    expect(cleared.json().operatorCountries).toEqual([]);
    const after = (await admin.get(`/api/v1/admin/audit?entityType=user&entityId=${op.userId}`)).json();
    expect(after.items.map((e: { after: unknown }) => e.after)).toEqual([{ countries: [] }, { countries: ['TH', 'VN'] }]);
  });

  it('refuses unknown countries and users, and malformed ids', async () => {
    const admin = await makeUser(t, { admin: true });
    const op = await makeUser(t);
    const bad = await put(admin, `/api/v1/admin/users/${op.userId}/operator-countries`, { countries: ['TH', 'US'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('countries.1');
    expect((await put(admin, `/api/v1/admin/users/${op.userId}/operator-countries`, {})).json().error.fields).toHaveProperty('countries');
    const missing = await put(admin, `/api/v1/admin/users/${ZERO}/operator-countries`, { countries: ['TH'] });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('user.not_found');
    expect((await put(admin, '/api/v1/admin/users/not-a-uuid/admin', { isAdmin: true })).statusCode).toBe(400);
    expect((await put(admin, `/api/v1/admin/users/${ZERO}/admin`, { isAdmin: true })).statusCode).toBe(404);
    expect((await put(admin, `/api/v1/admin/users/${op.userId}/admin`, { isAdmin: 'yes' })).json().error.fields).toHaveProperty('isAdmin');
  });

  it('grants and removes administrator rights with audit entries; never one’s own', async () => {
    const admin = await makeUser(t, { admin: true });
    const other = await makeUser(t);
    const grant = await put(admin, `/api/v1/admin/users/${other.userId}/admin`, { isAdmin: true });
    expect(grant.statusCode).toBe(200);
    expect(grant.json().isAdmin).toBe(true);
    expect((await other.get('/api/v1/admin/users')).statusCode).toBe(200);

    const self = await put(admin, `/api/v1/admin/users/${admin.userId}/admin`, { isAdmin: false });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('user.cannot_remove_own_admin');

    expect((await put(other, `/api/v1/admin/users/${admin.userId}/admin`, { isAdmin: false })).json().isAdmin).toBe(false);
    expect((await admin.get('/api/v1/admin/users')).statusCode).toBe(403);

    const audit = (await other.get(`/api/v1/admin/audit?action=user.set_admin&entityType=user`)).json().items;
    expect(audit.slice(0, 2)).toMatchObject([
      { entityId: admin.userId, actor: { id: other.userId }, before: { isAdmin: true }, after: { isAdmin: false } },
      { entityId: other.userId, actor: { id: admin.userId }, before: { isAdmin: false }, after: { isAdmin: true } },
    ]);
  });
});
