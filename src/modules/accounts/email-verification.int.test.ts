import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, clientFor, type TestApp } from '../../../test/helpers/test-app.ts';
import { makeUser } from '../../../test/helpers/factories.ts';
import { startMailServer, linkIn, type TestMailServer } from '../../../test/helpers/mail-server.ts';
import { freshEmail, logInViaApi, mailCount, tokenFromMail } from '../../../test/helpers/accounts-factories.ts';

let smtp: TestMailServer;
beforeAll(async () => {
  smtp = await startMailServer();
});
afterAll(async () => smtp?.close());

describe.each(DB_KINDS)('email verification on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { smtpUrl: smtp.url });
  });
  afterAll(async () => t?.close());

  const register = async (email: string, locale = 'en') => {
    const res = await clientFor(t.app).post('/api/v1/auth/register', { email, password: 'long enough pw', displayName: 'Lan', locale });
    expect(res.statusCode).toBe(201);
    return smtp.waitFor((m) => m.to === email && m.text.includes('/verify-email'));
  };

  it('mails a link in the user’s language over SMTP; posting its token verifies the address', async () => {
    const email = freshEmail('verify');
    const mail = await register(email, 'vi');
    expect(mail.subject).toBe('Xác nhận địa chỉ email của bạn trên InnoPort');
    expect(mail.html).toContain('lang="vi"');
    const link = linkIn(mail, '/verify-email');
    expect(`${link.origin}${link.pathname}`).toBe('http://innoport.test/vi/verify-email');

    const { client } = await logInViaApi(t, email, 'long enough pw');
    expect((await client!.get('/api/v1/auth/session')).json().user.emailVerified).toBe(false);

    // The web page posts the token; no session is needed (the link may be opened on another device).
    const res = await clientFor(t.app).post('/api/v1/auth/verify-email', { token: link.searchParams.get('token') });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ emailVerified: true });
    expect((await client!.get('/api/v1/auth/session')).json().user.emailVerified).toBe(true);
  });

  it('accepts a token once: reuse is 410 auth.token_used', async () => {
    const email = freshEmail('reuse');
    const token = tokenFromMail(await register(email), '/verify-email');
    expect((await clientFor(t.app).post('/api/v1/auth/verify-email', { token })).statusCode).toBe(200);
    const again = await clientFor(t.app).post('/api/v1/auth/verify-email', { token });
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('auth.token_used');
  });

  it('refuses an expired token with 410, and a resent link works', async () => {
    const email = freshEmail('expired');
    const token = tokenFromMail(await register(email), '/verify-email');
    t.clock.advanceDays(3);
    const res = await clientFor(t.app).post('/api/v1/auth/verify-email', { token });
    expect(res.statusCode).toBe(410);
    expect(res.json().error.code).toBe('auth.token_expired');

    const { client } = await logInViaApi(t, email, 'long enough pw');
    expect((await client!.post('/api/v1/auth/resend-verification')).statusCode).toBe(202);
    const second = await smtp.waitFor((m) => m.to === email && tokenFromMail(m, '/verify-email') !== token);
    const ok = await clientFor(t.app).post('/api/v1/auth/verify-email', { token: tokenFromMail(second, '/verify-email') });
    expect(ok.statusCode).toBe(200);
    expect((await client!.get('/api/v1/auth/session')).json().user.emailVerified).toBe(true);
  });

  it('answers unknown and malformed tokens with 400', async () => {
    const unknown = await clientFor(t.app).post('/api/v1/auth/verify-email', { token: 'no-such-token' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'auth.token_invalid', fields: { token: expect.any(String) } });
    const empty = await clientFor(t.app).post('/api/v1/auth/verify-email', { token: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toHaveProperty('token');
    const missing = await clientFor(t.app).post('/api/v1/auth/verify-email', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toHaveProperty('token');
  });

  it('resend needs a session (401), refuses a verified address (409) and a token (403)', async () => {
    expect((await clientFor(t.app).post('/api/v1/auth/resend-verification')).statusCode).toBe(401);
    const verified = await makeUser(t);
    const res = await verified.post('/api/v1/auth/resend-verification');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('account.already_verified');
    const noCsrf = await clientFor(t.app, { cookie: verified.cookie }).post('/api/v1/auth/resend-verification');
    expect(noCsrf.statusCode).toBe(403);
  });

  it('limits resends to five mails an hour per account, counted in the database', async () => {
    const u = await makeUser(t, { verified: false, locale: 'th' });
    for (let i = 0; i < 5; i++) expect((await u.post('/api/v1/auth/resend-verification')).statusCode).toBe(202);
    const sixth = await u.post('/api/v1/auth/resend-verification');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.code).toBe('auth.too_many_mails');
    expect(await mailCount(t, u.email)).toBe(5);
    const thai = await smtp.waitFor((m) => m.to === u.email);
    expect(thai.subject).toBe('ยืนยันที่อยู่อีเมลของคุณสำหรับ InnoPort');
    t.clock.advance(61 * 60_000);
    expect((await u.post('/api/v1/auth/resend-verification')).statusCode).toBe(202);
  });
});
