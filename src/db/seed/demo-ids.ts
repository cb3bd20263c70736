import { createHash } from 'node:crypto';

/**
 * Deterministic UUIDv7 for demo rows: the timestamp part comes from the row's date and
 * the random part from a hash of its key, so a fresh demo database has the same URLs on
 * every machine while ids still sort by time like real ones.
 */
export function demoId(key: string, at: Date): string {
  const h = createHash('sha256').update(`innoport-demo:${key}`).digest();
  const ms = BigInt(at.getTime());
  const b = Buffer.alloc(16);
  for (let i = 0; i < 6; i++) b[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  h.copy(b, 6, 0, 10);
  b[6] = 0x70 | (b[6] & 0x0f); // version 7
  b[8] = 0x80 | (b[8] & 0x3f); // RFC 4122 variant
  const x = b.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
