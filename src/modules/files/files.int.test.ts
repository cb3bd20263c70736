import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DB_KINDS } from '../../../test/helpers/databases.ts';
import { startTestApp, clientFor, type TestApp } from '../../../test/helpers/test-app.ts';
import { makeUser } from '../../../test/helpers/factories.ts';
import { makeOrganization, multipartFile, pdfBytes, pngBytes } from '../../../test/helpers/organization-factories.ts';
import type { Client } from '../../../test/helpers/test-app.ts';
import { files } from './schema.ts';
import { storedFilePath, storeUpload } from './store-upload.ts';

const upload = (c: Client, orgId: string, name: string, bytes: Buffer, type = 'image/png') =>
  c.request({ method: 'POST', url: `/api/v1/organizations/${orgId}/logo`, ...multipartFile(name, bytes, type) });

describe.each(DB_KINDS)('uploaded files on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('accepts a real PNG as logo and serves it publicly with safe headers', async () => {
    const org = await makeOrganization(t);
    const png = pngBytes(8, 8);
    const res = await upload(org.owner, org.id, '../../Logo «ĐHQG» 校徽.png', png);
    expect(res.statusCode).toBe(200);
    const logoUrl: string = res.json().logoUrl;
    expect(logoUrl).toMatch(/^\/api\/v1\/files\/[0-9a-f-]{36}$/);
    const id = logoUrl.split('/').pop()!;

    const [row] = await t.deps.database.db.select().from(files).where(eq(files.id, id));
    expect(row).toMatchObject({ kind: 'image', mime: 'image/png', sizeBytes: png.length, originalName: 'Logo «ĐHQG» 校徽.png', organizationId: org.id });
    expect(row.sha256).toBe(createHash('sha256').update(png).digest('hex'));
    const onDisk = storedFilePath(t.deps.config.dataDir, id);
    expect(onDisk).toContain(`/files/${id.slice(0, 2)}/${id}`);
    expect(fs.readFileSync(onDisk).equals(png)).toBe(true);

    const got = await clientFor(t.app).get(logoUrl);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(png)).toBe(true);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['cache-control']).toContain('public');
    expect(got.headers['content-disposition']).toBe(
      `inline; filename="Logo __HQG_ __.png"; filename*=UTF-8''${encodeURIComponent('Logo «ĐHQG» 校徽.png')}`,
    );
    const again = await clientFor(t.app).request({ method: 'GET', url: logoUrl, headers: { 'if-none-match': got.headers.etag as string } });
    expect(again.statusCode).toBe(304);

    // A new logo replaces the old one, whose bytes go away.
    const second = await upload(org.owner, org.id, 'new.png', pngBytes(3, 3));
    expect(second.json().logoUrl).not.toBe(logoUrl);
    expect((await clientFor(t.app).get(logoUrl)).statusCode).toBe(404);
    expect(fs.existsSync(onDisk)).toBe(false);
  });

  it('refuses files whose bytes are not an accepted image, or whose name claims another type', async () => {
    const org = await makeOrganization(t);
    const text = await upload(org.owner, org.id, 'logo.png', Buffer.from('just some text pretending to be an image\n'.repeat(20)));
    expect(text.statusCode).toBe(415);
    expect(text.json().error).toMatchObject({ code: 'file.unsupported_type', fields: { file: expect.any(String) } });
    const pdfLogo = await upload(org.owner, org.id, 'logo.pdf', pdfBytes(), 'application/pdf');
    expect(pdfLogo.statusCode).toBe(415);
    const disguised = await upload(org.owner, org.id, 'brochure.pdf', pngBytes());
    expect(disguised.statusCode).toBe(415);
    const empty = await upload(org.owner, org.id, 'logo.png', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    const notMultipart = await org.owner.post(`/api/v1/organizations/${org.id}/logo`, { file: 'x' });
    expect(notMultipart.statusCode).toBe(400);
    expect(notMultipart.json().error.code).toBe('file.missing');
    expect((await clientFor(t.app).get(`/api/v1/organizations/${org.id}`)).json().logoUrl).toBeNull();
    expect(await t.deps.database.db.select().from(files).where(eq(files.organizationId, org.id))).toEqual([]);
  });

  it('lets only owners and editors upload a logo', async () => {
    const member = await makeUser(t);
    const org = await makeOrganization(t, { members: [member] });
    expect((await upload(member, org.id, 'a.png', pngBytes())).statusCode).toBe(403);
    expect((await upload(await makeUser(t), org.id, 'a.png', pngBytes())).statusCode).toBe(403);
    expect((await upload(clientFor(t.app), org.id, 'a.png', pngBytes())).statusCode).toBe(401);
    expect((await upload(org.owner, '0190b7a4-0000-7000-8000-000000000000', 'a.png', pngBytes())).statusCode).toBe(404);
  });

  it('hides unknown files and files attached to nothing from outsiders (404)', async () => {
    const member = await makeUser(t);
    const operator = await makeUser(t, { operatorFor: ['TH'] });
    const org = await makeOrganization(t, { country: 'TH', members: [member] });
    const row = await storeUpload(t.deps.database.db, {
      dataDir: t.deps.config.dataDir,
      maxBytes: 10_000,
      now: t.clock.now(),
      buffer: pdfBytes(),
      filename: 'Báo cáo "Q1".pdf',
      allowed: ['pdf'],
      organizationId: org.id,
      createdBy: org.owner.userId,
    });
    const url = `/api/v1/files/${row.id}`;
    const seen = await member.get(url);
    expect(seen.statusCode).toBe(200);
    expect(seen.headers['content-type']).toBe('application/pdf');
    expect(seen.headers['content-disposition']).toMatch(/^attachment; filename="B_o c_o _Q1_.pdf"; filename\*=UTF-8''B%C3%A1o/);
    expect(seen.headers['cache-control']).toBe('private, no-cache');
    expect((await operator.get(url)).statusCode).toBe(200);
    expect((await (await makeUser(t)).get(url)).statusCode).toBe(404);
    expect((await clientFor(t.app).get(url)).statusCode).toBe(404);
    expect((await clientFor(t.app).get('/api/v1/files/0190b7a4-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe.each(DB_KINDS)('upload size limit on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { env: { UPLOAD_MAX_BYTES: '2000' } });
  });
  afterAll(async () => t?.close());

  it('refuses a file over UPLOAD_MAX_BYTES with 413 and accepts one under it', async () => {
    const org = await makeOrganization(t);
    const big = pngBytes(64, 64);
    expect(big.length).toBeGreaterThan(2000);
    const res = await upload(org.owner, org.id, 'big.png', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'file.too_large', fields: { file: expect.any(String) } });
    expect(await t.deps.database.db.select().from(files).where(eq(files.organizationId, org.id))).toEqual([]);
    const small = await upload(org.owner, org.id, 'small.png', pngBytes(4, 4));
    expect(small.statusCode).toBe(200);
  });
});
