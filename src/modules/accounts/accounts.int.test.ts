import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, clientFor, type TestApp } from '../../../test/helpers/test-app.ts';
import { makeUser } from '../../../test/helpers/factories.ts';

describe.each(DB_KINDS)('accounts on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('registers, signs in with a cookie session and reports the user', async () => {
    const anon = clientFor(t.app);
    const reg = await anon.post('/api/v1/auth/register', { email: 'Nok@Example.org', password: 'long enough pw', displayName: 'นก', locale: 'th' });
    expect(reg.statusCode).toBe(201);
    const login = await anon.post('/api/v1/auth/login', { email: 'nok@example.org', password: 'long enough pw' });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'ip_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = await clientFor(t.app, { cookie: `ip_session=${cookie!.value}` }).get('/api/v1/auth/session');
    expect(me.json().user).toMatchObject({ email: 'nok@example.org', displayName: 'นก', locale: 'th', emailVerified: false });
  });

  it('refuses a duplicate email with a 409 naming the field', async () => {
    const u = await makeUser(t);
    const res = await clientFor(t.app).post('/api/v1/auth/register', { email: u.email.toUpperCase(), password: 'long enough pw', displayName: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'account.email_taken', fields: { email: expect.any(String) } });
  });

  it('answers bad input with a structured 400', async () => {
    const res = await clientFor(t.app).post('/api/v1/auth/register', { email: 'not-an-email', password: 'short' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation.failed');
    expect(Object.keys(body.error.fields)).toEqual(expect.arrayContaining(['email', 'password', 'displayName']));
  });

  it('rejects a wrong password with 401 and a write without CSRF token with 403', async () => {
    const u = await makeUser(t);
    const bad = await clientFor(t.app).post('/api/v1/auth/login', { email: u.email, password: 'wrong password' });
    expect(bad.statusCode).toBe(401);
    const noCsrf = await clientFor(t.app, { cookie: u.cookie }).post('/api/v1/auth/logout');
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('auth.csrf');
    expect((await u.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await u.get('/api/v1/auth/session')).json().user).toBeNull();
  });
});
