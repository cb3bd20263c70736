import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, type TestApp, type Client } from '../../../test/helpers/test-app.ts';
import { anonymous, makeUser } from '../../../test/helpers/factories.ts';
import { makeOffer, makeRequest } from '../../../test/helpers/catalog-factories.ts';
import { multipartFile, pdfBytes, pngBytes } from '../../../test/helpers/organization-factories.ts';

describe.each(DB_KINDS)('catalog attachments on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  const upload = (c: Client, url: string, name: string, bytes: Buffer) => c.request({ method: 'POST', url, ...multipartFile(name, bytes) });

  it('attaches images and PDFs, lists them on the listing and removes them', async () => {
    const { id, owner } = await makeOffer(t);
    const png = await upload(owner, `/api/v1/offers/${id}/attachments`, 'ผลการทดสอบ.png', pngBytes());
    expect(png.statusCode).toBe(201);
    expect(png.json()).toMatchObject({ kind: 'image', mime: 'image/png', name: 'ผลการทดสอบ.png' });
    const pdf = await upload(owner, `/api/v1/offers/${id}/attachments`, 'brochure.pdf', pdfBytes());
    expect(pdf.json()).toMatchObject({ kind: 'pdf', mime: 'application/pdf' });

    const offer = (await owner.get(`/api/v1/offers/${id}`)).json();
    expect(offer.attachments.map((a: { id: string }) => a.id)).toEqual([png.json().id, pdf.json().id]);
    expect((await owner.get(offer.attachments[0].url)).statusCode).toBe(200);

    expect((await owner.delete(`/api/v1/offers/${id}/attachments/${png.json().id}`)).statusCode).toBe(204);
    expect((await owner.get(`/api/v1/offers/${id}`)).json().attachments).toHaveLength(1);
    expect((await owner.delete(`/api/v1/offers/${id}/attachments/${png.json().id}`)).statusCode).toBe(404);
  });

  it('refuses other file types, strangers and an eleventh attachment', async () => {
    const { id, owner } = await makeRequest(t);
    const text = await upload(owner, `/api/v1/requests/${id}/attachments`, 'notes.txt', Buffer.from('hello'));
    expect(text.statusCode).toBe(415);
    const stranger = await makeUser(t);
    expect((await upload(stranger, `/api/v1/requests/${id}/attachments`, 'a.png', pngBytes())).statusCode).toBe(404);
    expect((await upload(anonymous(t), `/api/v1/requests/${id}/attachments`, 'a.png', pngBytes())).statusCode).toBe(401);
    for (let i = 0; i < 10; i++) {
      expect((await upload(owner, `/api/v1/requests/${id}/attachments`, `p${i}.png`, pngBytes(4, i + 1))).statusCode).toBe(201);
    }
    const eleventh = await upload(owner, `/api/v1/requests/${id}/attachments`, 'p10.png', pngBytes());
    expect(eleventh.statusCode).toBe(409);
    expect(eleventh.json().error.code).toBe('listing.too_many_attachments');
  });

  it('lets attachments follow the listing’s visibility', async () => {
    const { id, owner } = await makeOffer(t);
    const file = (await upload(owner, `/api/v1/offers/${id}/attachments`, 'a.png', pngBytes())).json();
    const stranger = await makeUser(t);
    expect((await stranger.get(file.url)).statusCode).toBe(404);
    expect((await anonymous(t).get(file.url)).statusCode).toBe(404);
    const admin = await makeUser(t, { admin: true });
    await owner.post(`/api/v1/offers/${id}/submit`);
    await admin.post(`/api/v1/moderation/listings/${id}/approve`);
    expect((await anonymous(t).get(file.url)).statusCode).toBe(200);
    expect((await anonymous(t).get(`/api/v1/offers/${id}`)).json().attachments).toHaveLength(1);
    await owner.post(`/api/v1/offers/${id}/pause`);
    expect((await anonymous(t).get(file.url)).statusCode).toBe(404);
  });

  it('deletes a draft together with its attachments', async () => {
    const { id, owner } = await makeOffer(t);
    const file = (await upload(owner, `/api/v1/offers/${id}/attachments`, 'a.pdf', pdfBytes())).json();
    expect((await owner.delete(`/api/v1/offers/${id}`)).statusCode).toBe(204);
    expect((await owner.get(file.url)).statusCode).toBe(404);
  });
});
