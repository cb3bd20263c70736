import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, clientFor, type TestApp } from '../../../test/helpers/test-app.ts';
import { makeUser } from '../../../test/helpers/factories.ts';
import { freshEmail } from '../../../test/helpers/accounts-factories.ts';
import { LOGIN_THROTTLE } from './login-throttle.ts';

describe.each(DB_KINDS)('per-account login throttle on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  const login = (email: string, password: string, ip = '203.0.113.7') =>
    clientFor(t.app).request({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });
  const fail = async (email: string, times: number) => {
    // Spread over many addresses: the per-IP limit would not catch this, the per-account throttle does.
    for (let i = 0; i < times; i++) expect((await login(email, 'wrong password', `198.51.100.${i + 1}`)).statusCode).toBe(401);
  };

  it('answers 429 after ten failures within 15 minutes, even with the right password, until the window passes', async () => {
    const u = await makeUser(t);
    await fail(u.email, LOGIN_THROTTLE.maxFailures);
    const blocked = await login(u.email, u.password);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('auth.too_many_attempts');
    expect((await login(u.email.toUpperCase(), u.password)).statusCode).toBe(429);

    const bystander = await makeUser(t);
    expect((await login(bystander.email, bystander.password)).statusCode).toBe(200);

    t.clock.advance(LOGIN_THROTTLE.windowMs + 60_000);
    expect((await login(u.email, u.password)).statusCode).toBe(200);
  });

  it('a successful sign-in clears the count', async () => {
    const u = await makeUser(t);
    await fail(u.email, LOGIN_THROTTLE.maxFailures - 1);
    expect((await login(u.email, u.password)).statusCode).toBe(200);
    await fail(u.email, LOGIN_THROTTLE.maxFailures - 1);
    expect((await login(u.email, u.password)).statusCode).toBe(200);
  });

  it('throttles unknown emails the same way, so it reveals nothing', async () => {
    const email = freshEmail('ghost');
    await fail(email, LOGIN_THROTTLE.maxFailures);
    expect((await login(email, 'wrong password')).statusCode).toBe(429);
  });

  it('counts guesses of the current password when changing it', async () => {
    const u = await makeUser(t);
    await fail(u.email, LOGIN_THROTTLE.maxFailures - 1);
    const wrong = await u.post('/api/v1/me/password', { currentPassword: 'not it at all', newPassword: 'fresh password 2026' });
    expect(wrong.statusCode).toBe(400);
    const blocked = await u.post('/api/v1/me/password', { currentPassword: u.password, newPassword: 'fresh password 2026' });
    expect(blocked.statusCode).toBe(429);
    expect((await login(u.email, u.password)).statusCode).toBe(429);
  });
});
