import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, clientFor, type TestApp } from '../../../test/helpers/test-app.ts';
import { makeUser } from '../../../test/helpers/factories.ts';
import { makeOrganization } from '../../../test/helpers/organization-factories.ts';
import { auditLog } from '../audit/schema.ts';

describe.each(DB_KINDS)('organisation verification on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('runs request → queue → verify, with the badge and an audit trail', async () => {
    const editor = await makeUser(t);
    const org = await makeOrganization(t, { country: 'ID', editors: [editor] });
    const operator = await makeUser(t, { operatorFor: ['ID'] });
    const foreign = await makeUser(t, { operatorFor: ['PH'] });

    expect((await editor.post(`/api/v1/organizations/${org.id}/verification-request`)).statusCode).toBe(403);
    const asked = await org.owner.post(`/api/v1/organizations/${org.id}/verification-request`);
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toMatchObject({ verificationStatus: 'pending', verified: false });
    expect((await org.owner.post(`/api/v1/organizations/${org.id}/verification-request`)).statusCode).toBe(409);

    const queue = (await operator.get('/api/v1/verification/queue')).json().items.map((o: { id: string }) => o.id);
    expect(queue).toContain(org.id);
    expect((await foreign.get('/api/v1/verification/queue')).json().items.map((o: { id: string }) => o.id)).not.toContain(org.id);
    expect((await org.owner.get('/api/v1/verification/queue')).statusCode).toBe(403);
    expect((await clientFor(t.app).get('/api/v1/verification/queue')).statusCode).toBe(401);

    const denied = await foreign.post(`/api/v1/organizations/${org.id}/verify`);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('organization.not_operator');
    expect((await org.owner.post(`/api/v1/organizations/${org.id}/verify`)).statusCode).toBe(403);

    const done = await operator.post(`/api/v1/organizations/${org.id}/verify`);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ verified: true, verificationStatus: 'verified', permissions: { verify: true } });
    expect((await clientFor(t.app).get(`/api/v1/organizations/${org.id}`)).json().verified).toBe(true);
    expect((await operator.post(`/api/v1/organizations/${org.id}/verify`)).statusCode).toBe(409);
    expect((await operator.get('/api/v1/verification/queue')).json().items.map((o: { id: string }) => o.id)).not.toContain(org.id);

    const [entry] = await t.deps.database.db.select().from(auditLog).where(eq(auditLog.action, 'organization.verify'));
    expect(entry).toMatchObject({ actorUserId: operator.userId, entityId: org.id, before: { verificationStatus: 'pending' }, after: { verificationStatus: 'verified' } });
  });

  it('rejects with a reason the organisation sees, and lets it ask again', async () => {
    const org = await makeOrganization(t, { country: 'SG', verificationStatus: 'pending' });
    const admin = await makeUser(t, { admin: true });
    const noReason = await admin.post(`/api/v1/organizations/${org.id}/reject-verification`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toHaveProperty('reason');

    const res = await admin.post(`/api/v1/organizations/${org.id}/reject-verification`, { reason: 'Registration number missing.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ verificationStatus: 'rejected', verified: false });
    const own = (await org.owner.get(`/api/v1/organizations/${org.id}`)).json();
    expect(own.verificationNote).toBe('Registration number missing.');
    expect((await clientFor(t.app).get(`/api/v1/organizations/${org.id}`)).json().verificationNote).toBeNull();
    const [entry] = await t.deps.database.db.select().from(auditLog).where(eq(auditLog.action, 'organization.reject_verification'));
    expect(entry).toMatchObject({ entityId: org.id, reason: 'Registration number missing.', after: { verificationStatus: 'rejected' } });

    expect((await org.owner.post(`/api/v1/organizations/${org.id}/verification-request`)).json().verificationStatus).toBe('pending');
  });

  it('pages the queue for administrators across countries', async () => {
    const admin = await makeUser(t, { admin: true });
    const ids = [];
    for (const country of ['BN', 'CN', 'MY']) ids.push((await makeOrganization(t, { country, verificationStatus: 'pending' })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await admin.get(`/api/v1/verification/queue?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expect.arrayContaining(ids));
    expect(new Set(seen).size).toBe(seen.length);
    expect((await admin.get('/api/v1/verification/queue?country=CN')).json().items.map((o: { id: string }) => o.id)).toEqual([ids[1]]);
  });
});
