import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { anonymous, makeUser } from '../../../test/helpers/factories.ts';
import { makeOffer, makeOrg, makeRequest, makeToken, offerBody } from '../../../test/helpers/catalog-factories.ts';

describe.each(DB_KINDS)('catalog authorization on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('answers 401 to anonymous writes', async () => {
    const org = await makeOrg(t);
    const { id } = await makeOffer(t, { org, status: 'published' });
    expect((await anonymous(t).post('/api/v1/offers', offerBody(org.id))).statusCode).toBe(401);
    expect((await anonymous(t).post(`/api/v1/offers/${id}/pause`)).statusCode).toBe(401);
    expect((await anonymous(t).patch(`/api/v1/offers/${id}`, { keywords: [] })).statusCode).toBe(401);
    expect((await anonymous(t).post(`/api/v1/moderation/listings/${id}/approve`)).statusCode).toBe(401);
    expect((await anonymous(t).get('/api/v1/me/listings')).statusCode).toBe(401);
  });

  it('lets only owners and editors create and change listings (403 otherwise)', async () => {
    const editor = await makeUser(t);
    const member = await makeUser(t);
    const stranger = await makeUser(t);
    const org = await makeOrg(t, { editors: [editor], members: [member] });
    expect((await editor.post('/api/v1/offers', offerBody(org.id))).statusCode).toBe(201);
    const asMember = await member.post('/api/v1/offers', offerBody(org.id));
    expect(asMember.statusCode).toBe(403);
    expect((await stranger.post('/api/v1/offers', offerBody(org.id))).statusCode).toBe(403);

    const { id } = await makeOffer(t, { org, status: 'published' });
    expect((await stranger.post(`/api/v1/offers/${id}/pause`)).statusCode).toBe(403);
    expect((await member.post(`/api/v1/offers/${id}/pause`)).statusCode).toBe(403);
    const seenByMember = (await member.get(`/api/v1/offers/${id}`)).json();
    expect(seenByMember.permissions).toEqual({ edit: false, submit: false, moderate: false });
    expect((await editor.post(`/api/v1/offers/${id}/pause`)).statusCode).toBe(200);
  });

  it("hides another organisation's drafts (404) but shows them to its members and operators", async () => {
    const stranger = await makeUser(t);
    const member = await makeUser(t);
    const operatorTH = await makeUser(t, { operatorFor: ['TH'] });
    const operatorVN = await makeUser(t, { operatorFor: ['VN'] });
    const org = await makeOrg(t, { country: 'TH', members: [member] });
    const { id } = await makeOffer(t, { org });
    expect((await stranger.get(`/api/v1/offers/${id}`)).statusCode).toBe(404);
    expect((await stranger.patch(`/api/v1/offers/${id}`, { keywords: ['x'] })).statusCode).toBe(404);
    expect((await stranger.post(`/api/v1/offers/${id}/submit`)).statusCode).toBe(404);
    expect((await stranger.delete(`/api/v1/offers/${id}`)).statusCode).toBe(404);
    expect((await operatorVN.get(`/api/v1/offers/${id}`)).statusCode).toBe(404);
    expect((await member.get(`/api/v1/offers/${id}`)).statusCode).toBe(200);
    expect((await operatorTH.get(`/api/v1/offers/${id}`)).statusCode).toBe(200);
  });

  it('lets only operators of the country (and admins) moderate: others 403, hidden listings 404', async () => {
    const operatorVN = await makeUser(t, { operatorFor: ['VN'] });
    const operatorTH = await makeUser(t, { operatorFor: ['TH'] });
    const someone = await makeUser(t);
    const org = await makeOrg(t, { country: 'TH' });
    const { id } = await makeOffer(t, { org, status: 'submitted' });
    const outside = await operatorVN.post(`/api/v1/moderation/listings/${id}/approve`);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('listing.not_moderator');
    expect((await someone.post(`/api/v1/moderation/listings/${id}/approve`)).statusCode).toBe(404);
    expect((await org.owner.post(`/api/v1/moderation/listings/${id}/approve`)).statusCode).toBe(403);
    expect((await operatorVN.get('/api/v1/moderation/queue')).json().items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await operatorVN.get('/api/v1/moderation/queue?country=TH')).statusCode).toBe(403);
    expect((await someone.get('/api/v1/moderation/queue')).statusCode).toBe(403);
    const seen = (await operatorTH.get(`/api/v1/offers/${id}`)).json();
    expect(seen.permissions.moderate).toBe(true);
    expect((await operatorTH.post(`/api/v1/moderation/listings/${id}/approve`)).statusCode).toBe(200);
    // Once published the listing is visible to everyone, but still not theirs to moderate.
    expect((await someone.post(`/api/v1/moderation/listings/${id}/reject`, { reason: 'no' })).statusCode).toBe(403);
  });

  it("keeps 'operators_only' requests from the public and other organisations, in lists and counts too", async () => {
    const org = await makeOrg(t, { country: 'MY', type: 'research_institute' });
    const otherOrg = await makeOrg(t, { country: 'MY' });
    const operatorMY = await makeUser(t, { operatorFor: ['MY'] });
    const hidden = await makeRequest(t, { org, visibility: 'operators_only', status: 'published' });
    const open = await makeRequest(t, { org, status: 'published' });
    const url = `/api/v1/requests?organization=${org.id}&withTotal=true`;

    for (const viewer of [anonymous(t), otherOrg.owner]) {
      expect((await viewer.get(`/api/v1/requests/${hidden.id}`)).statusCode).toBe(404);
      const list = (await viewer.get(url)).json();
      expect(list.items.map((i: { id: string }) => i.id)).toEqual([open.id]);
      expect(list.total).toBe(1);
      const byCountry = (await viewer.get('/api/v1/requests?country=MY&withTotal=true')).json();
      expect(byCountry.items.map((i: { id: string }) => i.id)).not.toContain(hidden.id);
    }
    for (const insider of [org.owner, operatorMY]) {
      expect((await insider.get(`/api/v1/requests/${hidden.id}`)).statusCode).toBe(200);
      const list = (await insider.get(url)).json();
      expect(list.total).toBe(2);
      expect(list.items.map((i: { id: string }) => i.id).sort()).toEqual([hidden.id, open.id].sort());
    }
  });

  it("hides the organisation of 'anonymous' requests from outsiders only", async () => {
    const org = await makeOrg(t, { country: 'ID' });
    const operatorID = await makeUser(t, { operatorFor: ['ID'] });
    const { id } = await makeRequest(t, { org, visibility: 'anonymous', status: 'published' });
    const publicView = (await anonymous(t).get(`/api/v1/requests/${id}`)).json();
    expect(publicView.organization).toBeNull();
    expect(JSON.stringify(publicView)).not.toContain(org.id);
    const inList = (await anonymous(t).get('/api/v1/requests?country=ID')).json().items.find((i: { id: string }) => i.id === id);
    expect(inList.organization).toBeNull();
    expect((await org.owner.get(`/api/v1/requests/${id}`)).json().organization.id).toBe(org.id);
    expect((await operatorID.get(`/api/v1/requests/${id}`)).json().organization.id).toBe(org.id);
  });

  it("shows the moderation note only to the organisation and operators", async () => {
    const admin = await makeUser(t, { admin: true });
    const { id, owner } = await makeOffer(t, { status: 'submitted' });
    await admin.post(`/api/v1/moderation/listings/${id}/request-changes`, { reason: 'Internal remark' });
    await owner.post(`/api/v1/offers/${id}/submit`);
    await admin.post(`/api/v1/moderation/listings/${id}/approve`);
    // Approval clears the note; set one again through a rejection of a new edit.
    await owner.patch(`/api/v1/offers/${id}`, { trl: 9 });
    await admin.post(`/api/v1/moderation/listings/${id}/reject`, { reason: 'Too optimistic' });
    expect((await owner.get(`/api/v1/offers/${id}`)).json().moderationNote).toBe('Too optimistic');
    expect((await admin.get(`/api/v1/offers/${id}`)).json().moderationNote).toBe('Too optimistic');
  });

  it("accepts API tokens with 'listings:write' for writes and 'listings:read' for reads", async () => {
    const org = await makeOrg(t);
    const writer = await makeToken(t, org, ['listings:write']);
    const reader = await makeToken(t, org, ['listings:read']);
    const none = await makeToken(t, org, []);
    const created = await writer.post('/api/v1/offers', offerBody(org.id));
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect((await writer.post(`/api/v1/offers/${id}/submit`)).statusCode).toBe(200);

    const denied = await reader.post('/api/v1/offers', offerBody(org.id));
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('auth.scope');
    expect((await reader.get(`/api/v1/offers/${id}`)).statusCode).toBe(200);
    expect((await reader.get('/api/v1/offers')).statusCode).toBe(200);
    expect((await none.get('/api/v1/offers')).statusCode).toBe(403);
    expect((await none.get(`/api/v1/offers/${id}`)).statusCode).toBe(403);

    // A token acts for its own organisation only.
    const other = await makeOrg(t);
    expect((await writer.post('/api/v1/offers', offerBody(other.id))).statusCode).toBe(403);
    // …and never moderates, even when its creator is an administrator.
    const adminOrg = await makeOrg(t, { owner: await makeUser(t, { admin: true }) });
    const adminToken = await makeToken(t, adminOrg, ['listings:write']);
    expect((await adminToken.post(`/api/v1/moderation/listings/${id}/approve`)).statusCode).toBe(404);
  });
});
