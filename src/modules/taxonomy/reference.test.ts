import { describe, expect, it } from 'vitest';
import { ALL_FIELD_CODES, SUB_FIELD_CODES, TOP_FIELD_CODES } from './field-codes.ts';
import { LOCALES, NETWORK_COUNTRIES, type Locale } from './enums.ts';
import { ENUM_KINDS, ENUM_LABELS, ENUM_VALUES, FIELD_LABELS, LABEL_TABLES, enumLabel, fieldLabel } from './labels.ts';
import {
  countryList,
  currencyList,
  currencyMinorUnits,
  fieldTree,
  isCountryCode,
  isCurrencyCode,
  isFieldCode,
  languageList,
} from './reference.ts';

const SCRIPTS: [Locale, RegExp][] = [
  ['zh-CN', /\p{Script=Han}/u],
  ['th', /[\u0E00-\u0E7F]/],
  ['lo', /[\u0E80-\u0EFF]/],
  ['km', /[\u1780-\u17FF]/],
  ['my', /[\u1000-\u109F]/],
];

describe('field labels', () => {
  it.each(LOCALES)('%s has a non-empty label for every field code and no extra codes', (locale) => {
    const table = LABEL_TABLES[locale].fields;
    for (const code of ALL_FIELD_CODES) expect(table[code]?.trim(), `${locale} ${code}`).toBeTruthy();
    expect(Object.keys(table).sort()).toEqual([...ALL_FIELD_CODES].sort());
  });

  it.each(SCRIPTS)('%s labels differ from English and are written in the right script', (locale, script) => {
    for (const code of ALL_FIELD_CODES) {
      const label = LABEL_TABLES[locale].fields[code];
      expect(label, `${locale} ${code}`).not.toBe(LABEL_TABLES.en.fields[code]);
      expect(label, `${locale} ${code}`).toMatch(script);
    }
  });

  it('keeps top-field labels distinct within each locale', () => {
    for (const locale of LOCALES) {
      const labels = TOP_FIELD_CODES.map((code) => fieldLabel(code, locale));
      expect(new Set(labels).size, locale).toBe(labels.length);
    }
  });

  it('exposes the merged table and looks labels up', () => {
    expect(Object.keys(FIELD_LABELS)).toHaveLength(ALL_FIELD_CODES.length);
    expect(fieldLabel('agri', 'en')).toBe('Agriculture and food');
    expect(fieldLabel('agri', 'th')).toBe('เกษตรและอาหาร');
    expect(fieldLabel('no.such', 'th')).toBe('no.such');
    expect(fieldLabel('constructor', 'th')).toBe('constructor');
  });

  it('uses Unicode Burmese, not Zawgyi', () => {
    for (const label of Object.values(LABEL_TABLES.my.fields)) {
      // Zawgyi puts vowel sign E (U+1031) before the consonant and uses U+1060+ for stacked forms.
      expect(label).not.toMatch(/(^|[\s(])\u1031/);
      expect(label).not.toMatch(/[\u1060-\u1097]/);
    }
  });
});

describe('enum labels', () => {
  it('has a non-empty label for every value in every locale, and no extras', () => {
    for (const locale of LOCALES) {
      for (const kind of ENUM_KINDS) {
        const table = LABEL_TABLES[locale].enums[kind] as Record<string, string>;
        expect(Object.keys(table).sort(), `${locale} ${kind}`).toEqual([...ENUM_VALUES[kind]].sort());
        for (const value of ENUM_VALUES[kind]) {
          expect(table[value]?.trim(), `${locale} ${kind}.${value}`).toBeTruthy();
          expect(enumLabel(kind, value as never, locale)).toBe(table[value]);
        }
      }
    }
  });

  it.each(SCRIPTS)('%s enum labels are written in the right script', (locale, script) => {
    for (const kind of ENUM_KINDS) {
      for (const value of ENUM_VALUES[kind]) expect(enumLabel(kind, value as never, locale), `${kind}.${value}`).toMatch(script);
    }
  });

  it('looks labels up by kind and value', () => {
    expect(enumLabel('transferMode', 'exclusive_licence', 'en')).toBe('Exclusive licence');
    expect(ENUM_LABELS.memberRole.owner['zh-CN']).toBe('所有者');
  });
});

describe('reference lists', () => {
  it('lists countries with China and ASEAN first', () => {
    const list = countryList('th');
    expect(list.slice(0, 11).map((c) => c.code)).toEqual(['CN', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN']);
    expect(list.slice(0, 11).map((c) => c.code)).toEqual([...NETWORK_COUNTRIES]);
    expect(list.length).toBeGreaterThan(200);
    expect(list.filter((c) => c.network)).toHaveLength(11);
    expect(list.find((c) => c.code === 'TH')?.name).toBe('ไทย');
    expect(new Set(list.map((c) => c.code)).size).toBe(list.length);
  });

  it('leaves out groupings, pseudo-regions and deprecated codes', () => {
    const codes = new Set(countryList('en').map((c) => c.code));
    for (const code of ['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'BU', 'UK', 'YU']) expect(codes.has(code), code).toBe(false);
    expect(isCountryCode('MM')).toBe(true);
    expect(isCountryCode('BU')).toBe(false);
    expect(isCountryCode('th')).toBe(false);
  });

  it('sorts the rest by localized name', () => {
    const rest = countryList('en').slice(11).map((c) => c.name);
    const collator = new Intl.Collator('en');
    expect([...rest].sort(collator.compare)).toEqual(rest);
  });

  it('caches lists per locale', () => {
    expect(countryList('km')).toBe(countryList('km'));
    expect(currencyList('km')).toBe(currencyList('km'));
    expect(fieldTree('km')).toBe(fieldTree('km'));
  });

  it('lists currencies with the network currencies first', () => {
    const list = currencyList('th');
    expect(list.map((c) => c.code)).toContain('THB');
    expect(list.slice(0, 13).map((c) => c.code)).toEqual(['CNY', 'USD', 'BND', 'KHR', 'IDR', 'LAK', 'MYR', 'MMK', 'PHP', 'SGD', 'THB', 'VND', 'EUR']);
    expect(isCurrencyCode('THB')).toBe(true);
    expect(isCurrencyCode('XYZ')).toBe(false);
    expect(currencyMinorUnits('USD')).toBe(2);
    expect(currencyMinorUnits('JPY')).toBe(0);
    expect(() => currencyMinorUnits('XYZ')).toThrow(RangeError);
  });

  it('lists the ten languages with names in the locale and in themselves', () => {
    const list = languageList('en');
    expect(list.map((l) => l.code)).toEqual([...LOCALES]);
    expect(list.find((l) => l.code === 'th')).toEqual({ code: 'th', name: 'Thai', nativeName: 'ไทย' });
    expect(languageList('zh-CN').find((l) => l.code === 'zh-CN')?.name).toBe('简体中文');
  });

  it('builds the field tree in Lao', () => {
    const tree = fieldTree('lo');
    expect(tree).toHaveLength(15);
    expect(tree.reduce((n, top) => n + top.children.length, 0)).toBe(94);
    expect(tree.flatMap((t) => t.children.map((c) => c.code))).toEqual(SUB_FIELD_CODES);
    for (const node of tree) expect(node.label).toMatch(/[\u0E80-\u0EFF]/);
    expect(isFieldCode('agri.crops')).toBe(true);
    expect(isFieldCode('agri.nope')).toBe(false);
  });
});
