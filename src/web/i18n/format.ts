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

/** Names from the server's reference data, for locales the browser's Intl has no names for. */
export interface NameOverrides {
  countries?: Map<string, string>;
  languages?: Map<string, string>;
}

export function makeFormatters(locale: string, calendar: Calendar, names: NameOverrides = {}): Formatters {
  const cal = calendar === 'buddhist' ? 'buddhist' : 'gregory';
  // Without date data for the locale, Intl falls back to English month names; a numeric
  // year-month-day (in the chosen calendar) reads the same in every language instead.
  const hasDates = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  const numeric = (opts: Intl.DateTimeFormatOptions) => {
    const f = new Intl.DateTimeFormat('en', { ...opts, calendar: cal, year: 'numeric', month: '2-digit', day: '2-digit', hourCycle: 'h23' });
    return {
      format(d: Date) {
        const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, x.value]));
        const date = `${p.year}-${p.month}-${p.day}`;
        return opts.hour ? `${date} ${p.hour}:${p.minute}` : date;
      },
    };
  };
  const dateFmt = hasDates
    ? new Intl.DateTimeFormat(locale, { calendar: cal, dateStyle: 'medium', timeZone: 'UTC' })
    : numeric({ timeZone: 'UTC' });
  const dateTimeFmt = hasDates
    ? new Intl.DateTimeFormat(locale, { calendar: cal, dateStyle: 'medium', timeStyle: 'short' })
    : numeric({ hour: '2-digit', minute: '2-digit' });
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
    country: (code) => names.countries?.get(code) ?? regions?.of(code) ?? code,
    language: (code) => {
      const named = names.languages?.get(code);
      if (named) return named;
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
