import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, clientFor, type TestApp } from '../../../test/helpers/test-app.ts';
import { makeUser } from '../../../test/helpers/factories.ts';
import { makeOrganization, mailsTo } from '../../../test/helpers/organization-factories.ts';
import { apiTokens } from './schema.ts';
import { auditLog } from '../audit/schema.ts';

const tokenIn = (text: string) => new URL(text.match(/https?:\/\/\S+/)![0]).searchParams.get('token')!;

describe.each(DB_KINDS)('members, invitations and API tokens on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('shows members to members and admins only', async () => {
    const member = await makeUser(t);
    const org = await makeOrganization(t, { members: [member] });
    expect((await member.get(`/api/v1/organizations/${org.id}/members`)).json().items).toHaveLength(2);
    const admin = await makeUser(t, { admin: true });
    expect((await admin.get(`/api/v1/organizations/${org.id}/members`)).statusCode).toBe(200);
    expect((await (await makeUser(t)).get(`/api/v1/organizations/${org.id}/members`)).statusCode).toBe(403);
    expect((await clientFor(t.app).get(`/api/v1/organizations/${org.id}/members`)).statusCode).toBe(401);
  });

  it('lets owners change roles and remove members but never lose the last owner', async () => {
    const editor = await makeUser(t);
    const member = await makeUser(t);
    const org = await makeOrganization(t, { editors: [editor], members: [member] });
    const base = `/api/v1/organizations/${org.id}/members`;

    expect((await editor.patch(`${base}/${member.userId}`, { role: 'owner' })).statusCode).toBe(403);
    const bad = await org.owner.patch(`${base}/${member.userId}`, { role: 'king' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('role');

    const last = await org.owner.patch(`${base}/${org.owner.userId}`, { role: 'editor' });
    expect(last.statusCode).toBe(409);
    expect(last.json().error.code).toBe('organization.last_owner');
    expect((await org.owner.delete(`${base}/${org.owner.userId}`)).statusCode).toBe(409);

    const promoted = await org.owner.patch(`${base}/${member.userId}`, { role: 'owner' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json()).toMatchObject({ userId: member.userId, role: 'owner' });
    // With a second owner the first may step down.
    expect((await org.owner.patch(`${base}/${org.owner.userId}`, { role: 'editor' })).json().role).toBe('editor');

    expect((await member.delete(`${base}/${editor.userId}`)).statusCode).toBe(204);
    expect((await member.patch(`${base}/${editor.userId}`, { role: 'member' })).statusCode).toBe(404);
    // Anyone may leave.
    expect((await org.owner.delete(`${base}/${org.owner.userId}`)).statusCode).toBe(204);
    const left = (await member.get(base)).json().items;
    expect(left).toEqual([expect.objectContaining({ userId: member.userId, role: 'owner' })]);
    const actions = (await t.deps.database.db.select().from(auditLog).where(eq(auditLog.entityId, org.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['organization.member_role', 'organization.member_remove']));
  });

  it('invites by email: queues the mail, and only the invited account can accept', async () => {
    const org = await makeOrganization(t);
    const invitee = await makeUser(t, { locale: 'vi' });
    const other = await makeUser(t);
    const res = await org.owner.post(`/api/v1/organizations/${org.id}/invitations`, { email: invitee.email.toUpperCase(), role: 'editor' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: invitee.email, role: 'editor', status: 'pending', acceptedAt: null });
    expect(new Date(res.json().expiresAt).getTime() - t.clock.now().getTime()).toBe(14 * 86_400_000);

    const [mail] = await mailsTo(t, invitee.email);
    expect(mail).toBeDefined();
    expect(mail.locale).toBe('vi');
    expect(mail.subject).toContain(org.name);
    expect(mail.textBody).toContain('http://innoport.test/vi/invitations/accept?token=');
    const token = tokenIn(mail.textBody);

    const wrong = await other.post('/api/v1/invitations/accept', { token });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('invitation.email_mismatch');
    expect((await clientFor(t.app).post('/api/v1/invitations/accept', { token })).statusCode).toBe(401);
    expect((await invitee.post('/api/v1/invitations/accept', { token: 'x'.repeat(43) })).statusCode).toBe(404);

    const ok = await invitee.post('/api/v1/invitations/accept', { token });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ organizationId: org.id, role: 'editor' });
    expect((await invitee.post('/api/v1/invitations/accept', { token })).statusCode).toBe(409);
    const members = (await invitee.get(`/api/v1/organizations/${org.id}/members`)).json().items;
    expect(members).toContainEqual(expect.objectContaining({ userId: invitee.userId, role: 'editor' }));

    const list = await org.owner.get(`/api/v1/organizations/${org.id}/invitations`);
    expect(list.json().items[0]).toMatchObject({ email: invitee.email, status: 'accepted' });
    expect(JSON.stringify(list.json())).not.toContain(token);
    const again = await org.owner.post(`/api/v1/organizations/${org.id}/invitations`, { email: invitee.email, role: 'member' });
    expect(again.statusCode).toBe(409);
  });

  it('expires invitations after 14 days, replaces and withdraws them, and checks who invites', async () => {
    const org = await makeOrganization(t);
    const email = 'someone.new@example.org';
    const base = `/api/v1/organizations/${org.id}/invitations`;
    const editor = await makeUser(t);
    const withEditor = await makeOrganization(t, { editors: [editor] });
    expect((await editor.post(`/api/v1/organizations/${withEditor.id}/invitations`, { email, role: 'member' })).statusCode).toBe(403);
    const badEmail = await org.owner.post(base, { email: 'nope', role: 'member' });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().error.fields).toHaveProperty('email');

    const first = (await org.owner.post(base, { email, role: 'member' })).json();
    const firstToken = tokenIn((await mailsTo(t, email))[0].textBody);
    const second = (await org.owner.post(base, { email, role: 'member' })).json();
    const secondToken = tokenIn((await mailsTo(t, email))[0].textBody);
    expect(secondToken).not.toBe(firstToken);
    const statuses = (await org.owner.get(base)).json().items.map((i: { id: string; status: string }) => [i.id, i.status]);
    expect(statuses).toEqual([[second.id, 'pending'], [first.id, 'revoked']]);

    const newcomer = await makeUser(t, { email });
    expect((await newcomer.post('/api/v1/invitations/accept', { token: firstToken })).statusCode).toBe(404);
    t.clock.advanceDays(15);
    const late = await newcomer.post('/api/v1/invitations/accept', { token: secondToken });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('invitation.expired');
    t.clock.advanceDays(-15);

    expect((await org.owner.delete(`${base}/${second.id}`)).statusCode).toBe(204);
    expect((await newcomer.post('/api/v1/invitations/accept', { token: secondToken })).statusCode).toBe(404);
  });

  it('issues API tokens to owners: the secret once, hashed at rest, revocable', async () => {
    const editor = await makeUser(t);
    const org = await makeOrganization(t, { editors: [editor] });
    const base = `/api/v1/organizations/${org.id}/api-tokens`;
    expect((await editor.post(base, { name: 'ERP', scopes: ['listings:read'] })).statusCode).toBe(403);
    const bad = await org.owner.post(base, { name: '', scopes: ['admin:all'] });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['name', 'scopes.0']));

    const created = await org.owner.post(base, { name: 'ERP sync', scopes: ['listings:read', 'listings:write'] });
    expect(created.statusCode).toBe(201);
    const { token, secret } = created.json();
    expect(secret).toMatch(/^ipk_[A-Za-z0-9_-]{40,}$/);
    expect(token).toMatchObject({ name: 'ERP sync', scopes: ['listings:read', 'listings:write'], revokedAt: null });
    const [stored] = await t.deps.database.db.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(stored.tokenHash).not.toContain(secret);

    const machine = clientFor(t.app, { bearer: secret });
    const members = await machine.get(`/api/v1/organizations/${org.id}/members`);
    expect(members.statusCode).toBe(200);
    expect(members.json().items.length).toBe(2);
    // A token is for listings: it cannot manage the organisation or mint more tokens.
    expect((await machine.post(base, { name: 'more', scopes: ['listings:read'] })).statusCode).toBe(403);
    expect((await machine.patch(`/api/v1/organizations/${org.id}`, { region: 'x' })).statusCode).toBe(403);

    const list = (await org.owner.get(base)).json().items;
    expect(list).toHaveLength(1);
    expect(list[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list)).not.toContain(secret);

    expect((await org.owner.delete(`${base}/${token.id}`)).statusCode).toBe(204);
    expect((await org.owner.delete(`${base}/${token.id}`)).statusCode).toBe(204);
    const revoked = await machine.get(`/api/v1/organizations/${org.id}/members`);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe('auth.invalid_token');
    expect((await org.owner.get(base)).json().items[0].revokedAt).not.toBeNull();
    const audits = (await t.deps.database.db.select().from(auditLog).where(eq(auditLog.entityId, org.id))).map((a) => a.action);
    expect(audits.filter((a) => a === 'api_token.revoke')).toHaveLength(1);
    expect((await org.owner.delete(`${base}/0190b7a4-0000-7000-8000-000000000000`)).statusCode).toBe(404);
  });
});
