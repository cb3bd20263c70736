import { deflateSync } from 'node:zlib';
import { desc, eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import type { TestApp } from './test-app.ts';
import { makeUser, unique, type TestUser } from './factories.ts';
import { newId } from '../../src/lib/ids.ts';
import { memberships, organizations, organizationTexts } from '../../src/modules/organizations/schema.ts';
import { mails } from '../../src/modules/mail/schema.ts';
import type { MemberRole } from '../../src/modules/taxonomy/enums.ts';

/**
 * Factories of the organisations module: organisations written straight into their tables,
 * plus helpers for uploads (a real PNG, multipart bodies) and for reading queued mail.
 */
export interface OrganizationOptions {
  owner?: TestUser;
  editors?: TestUser[];
  members?: TestUser[];
  country?: string;
  type?: string;
  region?: string;
  originalLang?: string;
  /** lang → name; defaults to one English name. */
  names?: Record<string, string>;
  description?: string;
  verificationStatus?: 'unverified' | 'pending' | 'verified' | 'rejected';
  createdAt?: Date;
}

export interface TestOrganization {
  id: string;
  name: string;
  country: string;
  owner: TestUser;
}

export async function makeOrganization(t: TestApp, o: OrganizationOptions = {}): Promise<TestOrganization> {
  const { db } = t.deps.database;
  const now = o.createdAt ?? t.clock.now();
  const owner = o.owner ?? (await makeUser(t));
  const id = newId();
  const originalLang = o.originalLang ?? 'en';
  const names = o.names ?? { [originalLang]: `Organisation ${unique('o')}` };
  const status = o.verificationStatus ?? 'unverified';
  await db.insert(organizations).values({
    id,
    type: o.type ?? 'university',
    country: o.country ?? 'TH',
    region: o.region ?? '',
    originalLang,
    verificationStatus: status,
    verifiedAt: status === 'verified' ? now : null,
    createdAt: now,
    updatedAt: now,
  });
  await db.insert(organizationTexts).values(
    Object.entries(names).map(([lang, name]) => ({
      organizationId: id,
      lang,
      name,
      description: o.description ?? '',
      source: lang === originalLang ? 'original' : 'author',
    })),
  );
  const roles: [TestUser, MemberRole][] = [
    [owner, 'owner'],
    ...(o.editors ?? []).map((u): [TestUser, MemberRole] => [u, 'editor']),
    ...(o.members ?? []).map((u): [TestUser, MemberRole] => [u, 'member']),
  ];
  for (const [u, role] of roles) await addMember(t, id, u.userId, role);
  return { id, name: names[originalLang] ?? Object.values(names)[0], country: o.country ?? 'TH', owner };
}

export async function addMember(t: TestApp, organizationId: string, userId: string, role: MemberRole): Promise<void> {
  await t.deps.database.db.insert(memberships).values({ organizationId, userId, role, createdAt: t.clock.now() });
}

/** A valid create-organisation body; override what the test is about. */
export function organizationBody(o: Record<string, unknown> = {}) {
  return {
    type: 'university',
    country: 'TH',
    region: 'Chiang Mai',
    website: 'https://uni.example',
    originalLang: 'th',
    texts: [
      { lang: 'th', name: `มหาวิทยาลัย ${unique('n')}`, description: 'ศูนย์ถ่ายทอดเทคโนโลยี' },
      { lang: 'en', name: `University ${unique('n')}`, description: 'Technology transfer centre' },
    ],
    ...o,
  };
}

/** Mails queued to an address, newest first. */
export async function mailsTo(t: TestApp, to: string) {
  return t.deps.database.db.select().from(mails).where(eq(mails.toAddress, to.toLowerCase())).orderBy(desc(mails.createdAt), desc(mails.id));
}

// --- uploads -------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real, decodable RGB PNG of the given size (noise, so it does not compress to nothing). */
export function pngBytes(width = 4, height = 4): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let i = 1; i < row.length; i++) row[i] = (i * 31 + y * 17 + ((i * y) % 251)) & 0xff;
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal PDF document. */
export function pdfBytes(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');
}

/** An inject request body carrying one file as multipart/form-data (field "file"). */
export function multipartFile(filename: string, content: Buffer, contentType = 'application/octet-stream'): Pick<InjectOptions, 'payload' | 'headers'> {
  const boundary = `----innoport${unique('b')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return { payload: Buffer.concat([head, content, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
