import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, clientFor, type TestApp } from '../../../test/helpers/test-app.ts';
import { makeUser, signIn, getUserRow } from '../../../test/helpers/factories.ts';
import { startMailServer, linkIn, type TestMailServer } from '../../../test/helpers/mail-server.ts';
import { freshEmail, logInViaApi, mailCount, tokenFromMail } from '../../../test/helpers/accounts-factories.ts';

let smtp: TestMailServer;
beforeAll(async () => {
  smtp = await startMailServer();
});
afterAll(async () => smtp?.close());

describe.each(DB_KINDS)('password reset on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { smtpUrl: smtp.url });
  });
  afterAll(async () => t?.close());

  const requestReset = (email: string) => clientFor(t.app).post('/api/v1/auth/password-reset/request', { email });
  const confirm = (token: string, password: string) => clientFor(t.app).post('/api/v1/auth/password-reset/confirm', { token, password });
  /** The first reset mail to `email` whose token is not among `seen`. */
  const resetMail = (email: string, ...seen: string[]) =>
    smtp.waitFor((m) => m.to === email && m.text.includes('/reset-password') && !seen.includes(tokenFromMail(m, '/reset-password')));

  it('mails a one-hour link over SMTP; the new password works and every old session ends', async () => {
    const u = await makeUser(t, { locale: 'th' });
    const other = await signIn(t, u.userId, u.email);
    const res = await requestReset(u.email.toUpperCase());
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ accepted: true });

    const mail = await resetMail(u.email);
    expect(mail.subject).toBe('ตั้งรหัสผ่าน InnoPort ของคุณใหม่');
    const link = linkIn(mail, '/reset-password');
    expect(`${link.origin}${link.pathname}`).toBe('http://innoport.test/th/reset-password');

    expect((await confirm(link.searchParams.get('token')!, 'a brand new secret')).statusCode).toBe(204);
    expect((await u.get('/api/v1/auth/session')).json().user).toBeNull();
    expect((await other.get('/api/v1/auth/session')).json().user).toBeNull();
    expect((await logInViaApi(t, u.email, u.password)).res.statusCode).toBe(401);
    expect((await logInViaApi(t, u.email, 'a brand new secret')).res.statusCode).toBe(200);

    const again = await confirm(link.searchParams.get('token')!, 'yet another secret');
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('auth.token_used');
  });

  it('answers 202 for an unknown email and sends nothing', async () => {
    const email = freshEmail('nobody');
    const res = await requestReset(email);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ accepted: true });
    expect(await mailCount(t, email)).toBe(0);
  });

  it('refuses an expired link with 410 and ends older links once one is used', async () => {
    const u = await makeUser(t);
    await requestReset(u.email);
    const first = tokenFromMail(await resetMail(u.email), '/reset-password');
    t.clock.advance(61 * 60_000);
    const expired = await confirm(first, 'a brand new secret');
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('auth.token_expired');

    await requestReset(u.email);
    const second = tokenFromMail(await resetMail(u.email, first), '/reset-password');
    await requestReset(u.email);
    const third = tokenFromMail(await resetMail(u.email, first, second), '/reset-password');
    expect((await confirm(third, 'a brand new secret')).statusCode).toBe(204);
    expect((await confirm(second, 'another new secret')).statusCode).toBe(410);
  });

  it('proves the address: an unverified account becomes verified', async () => {
    const u = await makeUser(t, { verified: false });
    await requestReset(u.email);
    expect((await confirm(tokenFromMail(await resetMail(u.email), '/reset-password'), 'a brand new secret')).statusCode).toBe(204);
    expect((await getUserRow(t, u.userId)).emailVerifiedAt).not.toBeNull();
  });

  it('validates input with 400s naming the fields', async () => {
    const badEmail = await clientFor(t.app).post('/api/v1/auth/password-reset/request', { email: 'nope' });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().error.fields).toHaveProperty('email');
    const short = await confirm('whatever', 'short');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toHaveProperty('password');
    const unknown = await confirm('no-such-token', 'long enough password');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('auth.token_invalid');
  });

  it('sends at most five reset mails an hour to one account, still answering 202', async () => {
    const u = await makeUser(t);
    for (let i = 0; i < 7; i++) expect((await requestReset(u.email)).statusCode).toBe(202);
    expect(await mailCount(t, u.email)).toBe(5);
  });

  it('lifts the per-account login throttle', async () => {
    const u = await makeUser(t);
    for (let i = 0; i < 10; i++) await clientFor(t.app).post('/api/v1/auth/login', { email: u.email, password: 'wrong password' });
    expect((await logInViaApi(t, u.email, u.password)).res.statusCode).toBe(429);
    await requestReset(u.email);
    expect((await confirm(tokenFromMail(await resetMail(u.email), '/reset-password'), 'a brand new secret')).statusCode).toBe(204);
    expect((await logInViaApi(t, u.email, 'a brand new secret')).res.statusCode).toBe(200);
  });

  it('a verification token is not a reset token', async () => {
    const email = freshEmail('mixed');
    await clientFor(t.app).post('/api/v1/auth/register', { email, password: 'long enough pw', displayName: 'M' });
    const verifyToken = tokenFromMail(await smtp.waitFor((m) => m.to === email), '/verify-email');
    const res = await confirm(verifyToken, 'a brand new secret');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('auth.token_invalid');
  });
});
