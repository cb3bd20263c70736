/**
 * Locale-aware formatting through Intl only: dates (Gregorian or Buddhist calendar),
 * numbers, money in integer minor units, and country / language names.
 */
export type Calendar = 'gregory' | 'buddhist';

export interface Formatters {
  date(value: string | Date | null | undefined): string;
  dateTime(value: string | Date | null | undefined): string;
  number(value: number): string;
  /** `minor` is an integer in the currency's minor units (cents, fen, satang). */
  money(minor: number, currency: string): string;
  country(code: string): string;
  language(code: string): string;
  currencyName(code: string): string;
  list(items: string[]): string;
}

function safeDisplayNames(locale: string, type: Intl.DisplayNamesType): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' });
  } catch {
    return null;
  }
}

/** Number of minor-unit digits of a currency per ISO 4217 as Intl knows it (JPY 0, USD 2, …). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}

export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** currencyDigits(currency));
}

export function makeFormatters(locale: string, calendar: Calendar): Formatters {
  const cal = calendar === 'buddhist' ? 'buddhist' : 'gregory';
  const dateFmt = new Intl.DateTimeFormat(locale, { calendar: cal, dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFmt = new Intl.DateTimeFormat(locale, { calendar: cal, dateStyle: 'medium', timeStyle: 'short' });
  const numberFmt = new Intl.NumberFormat(locale);
  const regions = safeDisplayNames(locale, 'region');
  const languages = safeDisplayNames(locale, 'language');
  const currencies = safeDisplayNames(locale, 'currency');
  const listFmt = new Intl.ListFormat(locale, { style: 'short', type: 'conjunction' });
  const moneyCache = new Map<string, Intl.NumberFormat>();
  const toDate = (v: string | Date) => (typeof v === 'string' ? new Date(v.length === 10 ? `${v}T00:00:00Z` : v) : v);

  return {
    date: (v) => (v ? dateFmt.format(toDate(v)) : ''),
    dateTime: (v) => (v ? dateTimeFmt.format(toDate(v)) : ''),
    number: (n) => numberFmt.format(n),
    money(minor, currency) {
      let f = moneyCache.get(currency);
      if (!f) {
        try {
          f = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' });
        } catch {
          f = numberFmt;
        }
        moneyCache.set(currency, f);
      }
      return f.format(toMajor(minor, currency));
    },
    country: (code) => regions?.of(code) ?? code,
    language: (code) => {
      try {
        return languages?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    currencyName: (code) => {
      try {
        return currencies?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    list: (items) => listFmt.format(items),
  };
}
