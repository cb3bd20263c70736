import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './page-cursor.ts';
import { pickText } from './organization.presenter.ts';

describe('page cursors', () => {
  const id = '0190b7a4-0000-7000-8000-000000000000';
  it('round-trip and are opaque base64url', () => {
    const c = encodeCursor({ sort: 'name', key: 'đại học "x"', id });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c, 'name')).toEqual({ sort: 'name', key: 'đại học "x"', id });
    expect(decodeCursor(undefined, 'name')).toBeNull();
  });
  it('refuse garbage and cursors of another sort order', () => {
    expect(() => decodeCursor('garbage', 'name')).toThrow(/cursor/);
    expect(() => decodeCursor(encodeCursor({ sort: 'newest', key: 'k', id }), 'name')).toThrow(/cursor/);
    expect(() => decodeCursor(encodeCursor({ sort: 'name', key: 'k', id: 'x' }), 'name')).toThrow(/cursor/);
  });
});

describe('pickText', () => {
  const t = (lang: string) => ({ organizationId: 'o', lang, name: lang, description: '', source: 'author' });
  it("prefers the viewer's language, then the original", () => {
    expect(pickText([t('th'), t('en')], 'en', 'th')?.lang).toBe('en');
    expect(pickText([t('th'), t('en')], 'vi', 'th')?.lang).toBe('th');
    expect(pickText([t('en')], 'vi', 'th')?.lang).toBe('en');
  });
});
