import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { anonymous, makeUser, signIn, type TestUser } from '../../../test/helpers/factories.ts';
import { makeOffer, makeOrg, makeRequest, offerBody } from '../../../test/helpers/catalog-factories.ts';
import { auditLog } from '../audit/schema.ts';
import { expireListings } from './expire-listings.ts';
import { JOBS } from '../../jobs/runner.ts';

describe.each(DB_KINDS)('catalog lifecycle on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  const auditActions = async (id: string) =>
    (await t.deps.database.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id)).map((a) => a.action);

  it('runs draft → submitted → published → paused → published → closed, auditing each step', async () => {
    const operator = await makeUser(t, { operatorFor: ['TH'] });
    const org = await makeOrg(t, { country: 'TH' });
    const owner = org.owner;
    const created = await owner.post('/api/v1/offers', offerBody(org.id));
    expect(created.statusCode).toBe(201);
    const offer = created.json();
    expect(offer).toMatchObject({ kind: 'offer', status: 'draft', revision: 1, permissions: { edit: true, submit: true, moderate: false } });
    expect(offer.organization).toMatchObject({ id: org.id, country: 'TH', name: org.name });

    // A draft is not public.
    expect((await anonymous(t).get(`/api/v1/offers/${offer.id}`)).statusCode).toBe(404);

    const submitted = await owner.post(`/api/v1/offers/${offer.id}/submit`);
    expect(submitted.json()).toMatchObject({ status: 'submitted', revision: 2 });
    expect(submitted.json().submittedAt).toBe(t.clock.now().toISOString());
    expect((await owner.post(`/api/v1/offers/${offer.id}/submit`)).statusCode).toBe(409);

    const queue = await operator.get('/api/v1/moderation/queue');
    expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(offer.id);

    t.clock.advanceDays(1);
    const approved = await operator.post(`/api/v1/moderation/listings/${offer.id}/approve`);
    expect(approved.statusCode).toBe(200);
    const pub = approved.json();
    expect(pub.status).toBe('published');
    expect(pub.publishedAt).toBe(t.clock.now().toISOString());
    expect(pub.lastConfirmedAt).toBe(t.clock.now().toISOString());
    expect(new Date(pub.expiresAt).getUTCFullYear()).toBe(t.clock.now().getUTCFullYear() + 1);
    expect((await anonymous(t).get(`/api/v1/offers/${offer.id}`)).statusCode).toBe(200);

    expect((await owner.post(`/api/v1/offers/${offer.id}/pause`)).json().status).toBe('paused');
    expect((await anonymous(t).get(`/api/v1/offers/${offer.id}`)).statusCode).toBe(404);
    expect((await owner.post(`/api/v1/offers/${offer.id}/resume`)).json().status).toBe('published');
    const closed = await owner.post(`/api/v1/offers/${offer.id}/close`, { reason: 'transferred' });
    expect(closed.json()).toMatchObject({ status: 'closed', closedReason: 'transferred', permissions: { edit: false } });
    expect((await owner.post(`/api/v1/offers/${offer.id}/resume`)).statusCode).toBe(409);
    expect((await owner.patch(`/api/v1/offers/${offer.id}`, { keywords: ['x'] })).statusCode).toBe(409);

    expect(await auditActions(offer.id)).toEqual([
      'listing.create',
      'listing.submit',
      'listing.approve',
      'listing.pause',
      'listing.resume',
      'listing.close',
    ]);
    const [approval] = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, offer.id), eq(auditLog.action, 'listing.approve')));
    expect(approval).toMatchObject({ actorUserId: operator.userId, before: { status: 'submitted' }, after: { status: 'published' } });
  });

  it('rejects with a reason the owner sees, and the owner can resubmit', async () => {
    const operator = await makeUser(t, { operatorFor: ['VN'] });
    const { id, owner } = await makeOffer(t, { org: await makeOrg(t, { country: 'VN' }), status: 'submitted' });
    const noReason = await operator.post(`/api/v1/moderation/listings/${id}/reject`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toHaveProperty('reason');
    const rejected = await operator.post(`/api/v1/moderation/listings/${id}/reject`, { reason: 'Please name the patent.' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', moderationNote: 'Please name the patent.' });
    const seen = (await owner.get(`/api/v1/offers/${id}`)).json();
    expect(seen).toMatchObject({ status: 'rejected', moderationNote: 'Please name the patent.', permissions: { submit: true } });
    const [entry] = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'listing.reject')));
    expect(entry.reason).toBe('Please name the patent.');
    expect((await owner.post(`/api/v1/offers/${id}/submit`)).json().status).toBe('submitted');
  });

  it('requests changes, then publishes the fixed listing', async () => {
    const admin = await makeUser(t, { admin: true });
    const { id, owner } = await makeRequest(t, { status: 'submitted' });
    const sentBack = await admin.post(`/api/v1/moderation/listings/${id}/request-changes`, { reason: 'Add a budget range.' });
    expect(sentBack.json()).toMatchObject({ kind: 'request', status: 'changes_requested', moderationNote: 'Add a budget range.' });
    await owner.patch(`/api/v1/requests/${id}`, { budget: { min: 100, max: 200, currency: 'THB' } });
    expect((await owner.post(`/api/v1/requests/${id}/submit`)).json().status).toBe('submitted');
    const approved = await admin.post(`/api/v1/moderation/listings/${id}/approve`);
    expect(approved.json()).toMatchObject({ status: 'published', moderationNote: null, budget: { min: 100, max: 200, currency: 'THB' } });
    expect(await auditActions(id)).toContain('listing.request_changes');
  });

  it('sends a materially edited published offer back to review but not a keyword edit', async () => {
    const { id, owner } = await makeOffer(t, { status: 'published' });
    const publishedAt = (await owner.get(`/api/v1/offers/${id}`)).json().publishedAt;
    const kw = await owner.patch(`/api/v1/offers/${id}`, { keywords: ['new keyword'] });
    expect(kw.json()).toMatchObject({ status: 'published', keywords: ['new keyword'] });
    // Sending an unchanged value is not a change.
    const same = await owner.patch(`/api/v1/offers/${id}`, { trl: 6 });
    expect(same.json()).toMatchObject({ status: 'published', revision: kw.json().revision });

    const trl = await owner.patch(`/api/v1/offers/${id}`, { trl: 8, revision: kw.json().revision });
    expect(trl.json()).toMatchObject({ status: 'submitted', trl: 8, publishedAt });
    expect((await anonymous(t).get(`/api/v1/offers/${id}`)).statusCode).toBe(404);
    const list = (await anonymous(t).get(`/api/v1/offers?organization=${trl.json().organization.id}`)).json();
    expect(list.items).toHaveLength(0);
    expect(await auditActions(id)).toContain('listing.edit_resubmit');
  });

  it('replaces language versions on PATCH and keeps their sources straight', async () => {
    const { id, owner, json } = await makeOffer(t);
    const en = json.texts[0];
    const th = { lang: 'th', title: 'เครื่องอบแห้ง', summary: 'สรุป', description: '', applications: '', advantages: '' };
    const added = (await owner.patch(`/api/v1/offers/${id}`, { texts: [en, th] })).json();
    expect(added.languages).toEqual(['en', 'th']);
    expect(added.texts.map((x: { lang: string; source: string }) => [x.lang, x.source])).toEqual([
      ['en', 'original'],
      ['th', 'author'],
    ]);
    const flipped = (await owner.patch(`/api/v1/offers/${id}`, { originalLang: 'th' })).json();
    expect(flipped.originalLang).toBe('th');
    expect(flipped.languages).toEqual(['th', 'en']);
    expect(flipped.texts.map((x: { lang: string; source: string }) => [x.lang, x.source])).toEqual([
      ['th', 'original'],
      ['en', 'author'],
    ]);
    const dropped = await owner.patch(`/api/v1/offers/${id}`, { originalLang: 'vi' });
    expect(dropped.statusCode).toBe(400);
  });

  it('refuses an edit based on a stale revision with 409', async () => {
    const { id, owner } = await makeOffer(t);
    const first = await owner.patch(`/api/v1/offers/${id}`, { keywords: ['a'], revision: 1 });
    expect(first.json().revision).toBe(2);
    const stale = await owner.patch(`/api/v1/offers/${id}`, { keywords: ['b'], revision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('listing.stale_revision');
  });

  it('expires listings after 12 months (job registered hourly) and the owner confirms them back', async () => {
    // Sessions last a year in tests, so sign in again after moving the clock.
    const fresh = (u: TestUser) => signIn(t, u.userId, u.email);
    const job = JOBS.find((j) => j.name === 'expire-listings');
    expect(job?.everyMs).toBe(3600_000);
    const offer = await makeOffer(t, { status: 'published' });
    const req = await makeRequest(t, { status: 'published' });
    t.clock.advanceDays(30);
    const confirmedEarly = await offer.owner.post(`/api/v1/offers/${offer.id}/confirm`);
    expect(confirmedEarly.json().lastConfirmedAt).toBe(t.clock.now().toISOString());
    t.clock.advanceDays(360); // past the request's expiry, not yet past the confirmed offer's
    await job!.run(t.deps);
    expect((await (await fresh(req.owner)).get(`/api/v1/requests/${req.id}`)).json().status).toBe('expired');
    expect((await (await fresh(offer.owner)).get(`/api/v1/offers/${offer.id}`)).json().status).toBe('published');

    t.clock.advanceDays(13 * 31);
    const now = t.clock.now();
    const db = t.deps.database.db;
    const [a, b] = await Promise.all([expireListings(db, { now }), expireListings(db, { now })]);
    expect([...a.expired, ...b.expired].filter((x) => x === offer.id)).toHaveLength(1);
    expect((await anonymous(t).get(`/api/v1/offers/${offer.id}`)).statusCode).toBe(404);
    const owner = await fresh(offer.owner);
    expect((await owner.get(`/api/v1/offers/${offer.id}`)).json().status).toBe('expired');
    expect(await auditActions(offer.id)).toContain('listing.expire');

    const confirmed = await owner.post(`/api/v1/offers/${offer.id}/confirm`);
    expect(confirmed.json()).toMatchObject({ status: 'published', lastConfirmedAt: now.toISOString() });
    expect(new Date(confirmed.json().expiresAt).getTime()).toBeGreaterThan(now.getTime() + 360 * 86_400_000);
    expect((await anonymous(t).get(`/api/v1/offers/${offer.id}`)).statusCode).toBe(200);
  });

  it('deletes drafts only', async () => {
    const draft = await makeOffer(t);
    expect((await draft.owner.delete(`/api/v1/offers/${draft.id}`)).statusCode).toBe(204);
    expect((await draft.owner.get(`/api/v1/offers/${draft.id}`)).statusCode).toBe(404);
    const pub = await makeOffer(t, { status: 'published' });
    const res = await pub.owner.delete(`/api/v1/offers/${pub.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('listing.not_draft');
  });

  it('keeps offers and requests apart: an offer id under /requests is 404', async () => {
    const { id, owner } = await makeOffer(t, { status: 'published' });
    expect((await owner.get(`/api/v1/requests/${id}`)).statusCode).toBe(404);
    expect((await owner.post(`/api/v1/requests/${id}/pause`)).statusCode).toBe(404);
  });
});
