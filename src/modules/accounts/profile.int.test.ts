import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, clientFor, type TestApp } from '../../../test/helpers/test-app.ts';
import { makeUser, signIn } from '../../../test/helpers/factories.ts';
import { logInViaApi, makeApiTokenFor } from '../../../test/helpers/accounts-factories.ts';

describe.each(DB_KINDS)('profile on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('shows my profile, and 401 without a session', async () => {
    const u = await makeUser(t, { displayName: 'Somchai', locale: 'th', operatorFor: ['TH'] });
    const res = await u.get('/api/v1/me');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: u.userId,
      email: u.email,
      displayName: 'Somchai',
      locale: 'th',
      calendar: 'gregory',
      emailVerified: true,
      isAdmin: false,
      operatorCountries: ['TH'],
      memberships: [],
      createdAt: t.clock.now().toISOString(),
    });
    expect(res.json()).not.toHaveProperty('passwordHash');
    const anon = await clientFor(t.app).get('/api/v1/me');
    expect(anon.statusCode).toBe(401);
    expect(anon.json().error.code).toBe('auth.required');
  });

  it('updates name, language and calendar, and the session reflects them', async () => {
    const u = await makeUser(t);
    const res = await u.patch('/api/v1/me', { displayName: '  Nguyễn Văn An ', locale: 'vi', calendar: 'buddhist' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: 'Nguyễn Văn An', locale: 'vi', calendar: 'buddhist' });
    expect((await u.get('/api/v1/auth/session')).json().user).toMatchObject({ displayName: 'Nguyễn Văn An', locale: 'vi', calendar: 'buddhist' });
    const partial = await u.patch('/api/v1/me', { calendar: 'gregory' });
    expect(partial.json()).toMatchObject({ displayName: 'Nguyễn Văn An', locale: 'vi', calendar: 'gregory' });
    expect((await u.patch('/api/v1/me', {})).statusCode).toBe(200);
  });

  it('validates the patch with 400s naming the fields', async () => {
    const u = await makeUser(t);
    const bad = await u.patch('/api/v1/me', { displayName: '   ', locale: 'fr', calendar: 'julian' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation.failed');
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['displayName', 'locale', 'calendar']));
    const email = await u.patch('/api/v1/me', { email: 'new@example.org' });
    expect(email.statusCode).toBe(400);
    const long = await u.patch('/api/v1/me', { displayName: 'x'.repeat(121) });
    expect(long.json().error.fields).toHaveProperty('displayName');
  });

  it('refuses writes without the CSRF header (403) and profile access with an API token (403)', async () => {
    const u = await makeUser(t);
    const noCsrf = await clientFor(t.app, { cookie: u.cookie }).patch('/api/v1/me', { displayName: 'X' });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('auth.csrf');
    const bearer = await makeApiTokenFor(t, u.userId);
    const viaToken = clientFor(t.app, { bearer });
    expect((await viaToken.get('/api/v1/me')).statusCode).toBe(403);
    const patch = await viaToken.patch('/api/v1/me', { displayName: 'Hijacked' });
    expect(patch.statusCode).toBe(403);
    expect(patch.json().error.code).toBe('auth.session_required');
    expect((await u.get('/api/v1/me')).json().displayName).toBe('Test User');
  });

  it('changes the password: other sessions end, this one stays', async () => {
    const u = await makeUser(t);
    const other = await signIn(t, u.userId, u.email);
    const res = await u.post('/api/v1/me/password', { currentPassword: u.password, newPassword: 'fresh password 2026' });
    expect(res.statusCode).toBe(204);
    expect((await u.get('/api/v1/auth/session')).json().user?.id).toBe(u.userId);
    expect((await other.get('/api/v1/auth/session')).json().user).toBeNull();
    expect((await logInViaApi(t, u.email, u.password)).res.statusCode).toBe(401);
    expect((await logInViaApi(t, u.email, 'fresh password 2026')).res.statusCode).toBe(200);
  });

  it('refuses a wrong current password and a weak new one with 400, and 401 without a session', async () => {
    const u = await makeUser(t);
    const wrong = await u.post('/api/v1/me/password', { currentPassword: 'not my password', newPassword: 'fresh password 2026' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'account.wrong_password', fields: { currentPassword: expect.any(String) } });
    const weak = await u.post('/api/v1/me/password', { currentPassword: u.password, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields).toHaveProperty('newPassword');
    const missing = await u.post('/api/v1/me/password', {});
    expect(Object.keys(missing.json().error.fields)).toEqual(expect.arrayContaining(['currentPassword', 'newPassword']));
    const anon = await clientFor(t.app).post('/api/v1/me/password', { currentPassword: 'x', newPassword: 'fresh password 2026' });
    expect(anon.statusCode).toBe(401);
    expect((await logInViaApi(t, u.email, u.password)).res.statusCode).toBe(200);
  });
});
