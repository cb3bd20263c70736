/**
 * Reference lists (countries, languages, currencies, the field tree) localized into the ten
 * platform locales. Names come from the ICU data in Node (Intl.DisplayNames); lists are built
 * once per locale and cached.
 */
import { ALL_FIELD_CODES, FIELD_TREE } from './field-codes.ts';
import { LOCALES, NETWORK_COUNTRIES, type Locale } from './enums.ts';
import { fieldLabel } from './labels.ts';

export interface CountryItem {
  code: string;
  name: string;
  /** China or an ASEAN member state. */
  network: boolean;
}
export interface LanguageItem {
  code: Locale;
  /** The language's name in the requested locale. */
  name: string;
  /** The language's name in itself. */
  nativeName: string;
}
export interface CurrencyItem {
  code: string;
  name: string;
  network: boolean;
}
export interface FieldNode {
  code: string;
  label: string;
}
export interface FieldTreeNode extends FieldNode {
  children: FieldNode[];
}

/** Currencies of the network (and the two common settlement currencies), listed first. */
export const NETWORK_CURRENCIES = ['CNY', 'USD', 'BND', 'KHR', 'IDR', 'LAK', 'MYR', 'MMK', 'PHP', 'SGD', 'THB', 'VND', 'EUR'] as const;

/**
 * Codes ICU names that are not countries: macro-regions and groupings (EU, EZ, UN, QO),
 * pseudo-locales (XA, XB), the unknown region (ZZ), and the exceptionally reserved
 * codes for territories that are part of another country (AC, CP, CQ, DG, EA, IC, TA).
 * Kosovo (XK) is kept: it is user-assigned, not ISO, but is the code everyone uses.
 */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA']);

/** How a locale's BCP 47 tag is shown as a language: zh-CN is "Simplified Chinese", not "Chinese (China)". */
const LANGUAGE_DISPLAY_TAG: Partial<Record<Locale, string>> = { 'zh-CN': 'zh-Hans' };

function computeCountryCodes(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code) || !names.of(code)) continue;
      // Deprecated codes (BU, UK, YU, ...) are aliases ICU canonicalizes to a current code.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      codes.push(code);
    }
  }
  return codes;
}

let countryCodes: Set<string> | undefined;
function countryCodeSet(): Set<string> {
  countryCodes ??= new Set(computeCountryCodes());
  return countryCodes;
}

let currencyCodes: Set<string> | undefined;
function currencyCodeSet(): Set<string> {
  currencyCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return currencyCodes;
}

const fieldCodes = new Set(ALL_FIELD_CODES);

export function isCountryCode(code: string): boolean {
  return countryCodeSet().has(code);
}
export function isCurrencyCode(code: string): boolean {
  return currencyCodeSet().has(code);
}
export function isFieldCode(code: string): boolean {
  return fieldCodes.has(code);
}

/** Network entries first in the given order, then the rest sorted by localized name. */
function networkFirst<T extends { code: string; name: string }>(items: T[], network: readonly string[], locale: Locale): T[] {
  const rank = new Map(network.map((code, i) => [code, i]));
  const collator = new Intl.Collator(locale);
  const head = items.filter((i) => rank.has(i.code)).sort((x, y) => rank.get(x.code)! - rank.get(y.code)!);
  const tail = items.filter((i) => !rank.has(i.code)).sort((x, y) => collator.compare(x.name, y.name) || (x.code < y.code ? -1 : 1));
  return [...head, ...tail];
}

function cached<T>(compute: (locale: Locale) => T): (locale: Locale) => T {
  const cache = new Map<Locale, T>();
  return (locale) => {
    let value = cache.get(locale);
    if (value === undefined) {
      value = compute(locale);
      cache.set(locale, value);
    }
    return value;
  };
}

/** Every country, China and the ASEAN members first, names in the given locale. */
export const countryList = cached((locale: Locale): readonly CountryItem[] => {
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'region' });
  const network = new Set<string>(NETWORK_COUNTRIES);
  const items = [...countryCodeSet()].map((code) => ({ code, name: names.of(code) ?? code, network: network.has(code) }));
  return Object.freeze(networkFirst(items, NETWORK_COUNTRIES, locale));
});

/** The ten platform languages, named in the given locale and in themselves. */
export const languageList = cached((locale: Locale): readonly LanguageItem[] => {
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'language' });
  return Object.freeze(
    LOCALES.map((code) => {
      const tag = LANGUAGE_DISPLAY_TAG[code] ?? code;
      const nativeName = new Intl.DisplayNames([code, 'en'], { type: 'language' }).of(tag) ?? code;
      return { code, name: names.of(tag) ?? code, nativeName };
    }),
  );
});

/** Every currency ICU knows, network currencies first, names in the given locale. */
export const currencyList = cached((locale: Locale): readonly CurrencyItem[] => {
  const names = new Intl.DisplayNames([locale, 'en'], { type: 'currency' });
  const network = new Set<string>(NETWORK_CURRENCIES);
  const items = [...currencyCodeSet()].map((code) => ({ code, name: names.of(code) ?? code, network: network.has(code) }));
  return Object.freeze(networkFirst(items, NETWORK_CURRENCIES, locale));
});

/** The two-level field taxonomy with labels in the given locale, in reference order. */
export const fieldTree = cached((locale: Locale): readonly FieldTreeNode[] =>
  Object.freeze(
    Object.entries(FIELD_TREE).map(([code, [, subs]]) => ({
      code,
      label: fieldLabel(code, locale),
      children: Object.keys(subs).map((sub) => ({ code: sub, label: fieldLabel(sub, locale) })),
    })),
  ),
);

const minorUnits = new Map<string, number>();
/** Digits after the decimal point for amounts in a currency (JPY 0, USD 2, BHD 3). */
export function currencyMinorUnits(code: string): number {
  let digits = minorUnits.get(code);
  if (digits === undefined) {
    if (!isCurrencyCode(code)) throw new RangeError(`Unknown currency code: ${code}`);
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    minorUnits.set(code, digits);
  }
  return digits;
}
