import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, clientFor, type TestApp } from '../../../test/helpers/test-app.ts';
import { makeUser } from '../../../test/helpers/factories.ts';
import { freshEmail } from '../../../test/helpers/accounts-factories.ts';

describe.each(DB_KINDS)('dev mailbox on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind); // no SMTP: mail stays in the database
  });
  afterAll(async () => t?.close());

  const register = (email: string, locale = 'en') =>
    clientFor(t.app).post('/api/v1/auth/register', { email, password: 'long enough pw', displayName: 'Kim', locale });

  it('shows administrators every queued mail, newest first, with its body', async () => {
    const admin = await makeUser(t, { admin: true });
    const email = freshEmail('box');
    await register(email, 'km');
    await clientFor(t.app).post('/api/v1/auth/password-reset/request', { email });

    const list = await admin.get(`/api/v1/admin/mails?to=${encodeURIComponent(email.toUpperCase())}`);
    expect(list.statusCode).toBe(200);
    const { items, nextCursor } = list.json();
    expect(nextCursor).toBeNull();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ to: email, locale: 'km', subject: 'កំណត់ពាក្យសម្ងាត់ InnoPort របស់អ្នកឡើងវិញ', sentAt: null, attempts: 0, lastError: null });
    expect(items[1].subject).toBe('បញ្ជាក់អាសយដ្ឋានអ៊ីមែលរបស់អ្នកសម្រាប់ InnoPort');
    expect(items[0]).not.toHaveProperty('text');

    const one = await admin.get(`/api/v1/admin/mails/${items[1].id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().text).toContain('http://innoport.test/km/verify-email?token=');
    expect(one.json().html).toContain('lang="km"');
  });

  it('pages by cursor', async () => {
    const admin = await makeUser(t, { admin: true });
    const email = freshEmail('pages');
    await register(email);
    for (let i = 0; i < 2; i++) await clientFor(t.app).post('/api/v1/auth/password-reset/request', { email });
    const first = (await admin.get(`/api/v1/admin/mails?to=${email}&limit=2`)).json();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBe(first.items[1].id);
    const second = (await admin.get(`/api/v1/admin/mails?to=${email}&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items).toHaveLength(1);
    expect(second.items[0].subject).toBe('Confirm your email address for InnoPort');
    expect(second.nextCursor).toBeNull();
    expect((await admin.get('/api/v1/admin/mails?cursor=nope')).json().error.fields).toHaveProperty('cursor');
  });

  it('is closed to everyone else: 401 signed out, 403 for users (even for their own mail), 404 for unknown ids', async () => {
    const admin = await makeUser(t, { admin: true });
    const user = await makeUser(t, { verified: false });
    await user.post('/api/v1/auth/resend-verification');
    const [mine] = (await admin.get(`/api/v1/admin/mails?to=${user.email}`)).json().items;
    expect(mine).toBeDefined();

    expect((await clientFor(t.app).get('/api/v1/admin/mails')).statusCode).toBe(401);
    expect((await clientFor(t.app).get(`/api/v1/admin/mails/${mine.id}`)).statusCode).toBe(401);
    const list = await user.get(`/api/v1/admin/mails?to=${user.email}`);
    expect(list.statusCode).toBe(403);
    expect(list.json().error.code).toBe('auth.admin_required');
    expect((await user.get(`/api/v1/admin/mails/${mine.id}`)).statusCode).toBe(403);

    const missing = await admin.get('/api/v1/admin/mails/00000000-0000-7000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('mail.not_found');
    expect((await admin.get('/api/v1/admin/mails/not-a-uuid')).statusCode).toBe(400);
  });
});
