import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, clientFor, type TestApp } from '../../../test/helpers/test-app.ts';
import { makeUser, unique } from '../../../test/helpers/factories.ts';
import { makeApiTokenFor } from '../../../test/helpers/accounts-factories.ts';
import { loadUserActor } from '../accounts/actor.ts';
import { writeAudit } from './write-audit.ts';

describe.each(DB_KINDS)('audit trail on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('is for administrators only', async () => {
    expect((await clientFor(t.app).get('/api/v1/admin/audit')).statusCode).toBe(401);
    const user = await makeUser(t, { operatorFor: ['TH'] });
    const res = await user.get('/api/v1/admin/audit');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.admin_required');
    const admin = await makeUser(t, { admin: true });
    expect((await clientFor(t.app, { bearer: await makeApiTokenFor(t, admin.userId) }).get('/api/v1/admin/audit')).statusCode).toBe(403);
  });

  it('lists entries newest first with who, what and before → after, filtered and paged', async () => {
    const admin = await makeUser(t, { admin: true, displayName: 'Secretariat' });
    const operator = await makeUser(t, { operatorFor: ['VN'] });
    const opActor = (await loadUserActor(t.deps.database.db, operator.userId, '192.0.2.9'))!;
    const entity = unique('org');
    const db = t.deps.database.db;
    await writeAudit(db, opActor, { action: 'organization.verify', entityType: 'organization', entityId: entity, before: { status: 'pending' }, after: { status: 'verified' } }, t.clock.now());
    t.clock.advance(60_000);
    await writeAudit(db, null, { action: 'listing.expire', entityType: 'organization', entityId: entity, reason: 'expired by schedule' }, t.clock.now());
    t.clock.advance(60_000);
    await writeAudit(db, opActor, { action: 'organization.reject_verification', entityType: 'organization', entityId: entity, reason: 'Documents missing' }, t.clock.now());

    const all = (await admin.get(`/api/v1/admin/audit?entityType=organization&entityId=${entity}`)).json();
    expect(all.items.map((e: { action: string }) => e.action)).toEqual(['organization.reject_verification', 'listing.expire', 'organization.verify']);
    expect(all.nextCursor).toBeNull();
    expect(all.items[2]).toEqual({
      id: expect.any(String),
      action: 'organization.verify',
      entityType: 'organization',
      entityId: entity,
      actor: { id: operator.userId, displayName: 'Test User', email: operator.email },
      before: { status: 'pending' },
      after: { status: 'verified' },
      reason: null,
      ip: '192.0.2.9',
      createdAt: '2026-03-02T08:00:00.000Z',
    });
    expect(all.items[1]).toMatchObject({ actor: null, before: null, after: null, reason: 'expired by schedule' });

    const filtered = (await admin.get(`/api/v1/admin/audit?entityId=${entity}&action=organization.verify`)).json();
    expect(filtered.items).toHaveLength(1);

    const first = (await admin.get(`/api/v1/admin/audit?entityId=${entity}&limit=2`)).json();
    expect(first.items.map((e: { action: string }) => e.action)).toEqual(['organization.reject_verification', 'listing.expire']);
    expect(first.nextCursor).toBe(first.items[1].id);
    const second = (await admin.get(`/api/v1/admin/audit?entityId=${entity}&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((e: { action: string }) => e.action)).toEqual(['organization.verify']);
    expect(second.nextCursor).toBeNull();
  });

  it('validates the query with 400', async () => {
    const admin = await makeUser(t, { admin: true });
    const res = await admin.get('/api/v1/admin/audit?cursor=latest');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveProperty('cursor');
    expect((await admin.get('/api/v1/admin/audit?limit=1000')).json().error.fields).toHaveProperty('limit');
  });
});
