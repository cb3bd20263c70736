import { describe, expect, it } from 'vitest';
import { sanitizeFilename } from './sanitize-filename.ts';
import { contentDisposition } from './content-disposition.ts';

describe('sanitizeFilename', () => {
  it('drops directories, control and bidi-override characters', () => {
    expect(sanitizeFilename('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFilename('C:\\Users\\nok\\โลโก้.png')).toBe('โลโก้.png');
    expect(sanitizeFilename('inv\u0000oice\r\n.pdf')).toBe('invoice.pdf');
    expect(sanitizeFilename('photo\u202egnp.exe')).toBe('photognp.exe');
    expect(sanitizeFilename('.hidden')).toBe('hidden');
  });

  it('caps the length at 200 characters (not UTF-16 units) and falls back when empty', () => {
    const name = sanitizeFilename(`${'🌾'.repeat(250)}.png`);
    expect([...name].length).toBe(200);
    expect(sanitizeFilename('\u0001\u0002', 'file.png')).toBe('file.png');
    expect(sanitizeFilename('')).toBe('file');
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('attachment', 'báo cáo "1".pdf')).toBe(`attachment; filename="b_o c_o _1_.pdf"; filename*=UTF-8''b%C3%A1o%20c%C3%A1o%20%221%22.pdf`);
    expect(contentDisposition('inline', "it's (1).png")).toBe(`inline; filename="it's (1).png"; filename*=UTF-8''it%27s%20%281%29.png`);
  });
});
