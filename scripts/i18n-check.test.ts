import { describe, expect, it } from 'vitest';
import { parse } from '@formatjs/icu-messageformat-parser';
import { checkCatalogs, defaultPaths, extractKeys, placeholders } from './i18n-check.ts';

describe('i18n check', () => {
  it('finds no problems in the real catalogs', () => {
    const r = checkCatalogs(defaultPaths);
    expect(r.problems).toEqual([]);
    expect(r.usedKeys.size).toBeGreaterThan(100);
  });

  it('extracts literal keys and rejects computed ones', () => {
    const src = "t('a.b'); t(\"c\", { n: 1 }); t(`x.${y}`); format(1); x.t(k); t(key)";
    const r = extractKeys(src, 'f.tsx');
    expect(r.keys).toEqual(['a.b', 'c']);
    expect(r.problems).toHaveLength(2);
  });

  it('collects nested placeholder names', () => {
    const names = placeholders(parse('{count, plural, one {# item by {who}} other {# items}} <b>{when, date}</b>'));
    expect([...names].sort()).toEqual(['<b>', 'count', 'when', 'who'].sort());
  });
});
