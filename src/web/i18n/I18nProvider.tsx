import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../lib/enums.ts';
import { makeFormatters, type Calendar, type Formatters, type NameOverrides } from './format.ts';

export type Messages = Record<string, string>;
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>;

/** Catalogs are loaded on demand: one request for the locale in use, English as fallback. */
const catalogs = import.meta.glob<Messages>('./messages/*.json', { import: 'default' });

async function loadCatalog(locale: string): Promise<Messages> {
  const load = catalogs[`./messages/${locale}.json`];
  return load ? await load() : {};
}

/**
 * Some browsers ship Intl without display names for Lao, Khmer or Burmese; then the
 * country and language names come from the API's reference lists instead.
 */
async function loadNames(locale: string): Promise<NameOverrides> {
  if (Intl.DisplayNames.supportedLocalesOf([locale]).length > 0) return {};
  const get = async (path: string) => {
    try {
      const res = await fetch(`/api/v1${path}?locale=${encodeURIComponent(locale)}`, { credentials: 'same-origin' });
      if (!res.ok) return undefined;
      const body = (await res.json()) as { items: { code: string; name: string }[] };
      return new Map(body.items.map((i) => [i.code, i.name]));
    } catch {
      return undefined;
    }
  };
  const [countries, languages] = await Promise.all([get('/reference/countries'), get('/reference/languages')]);
  return { countries, languages };
}

export interface I18n {
  locale: Locale;
  /** Translates a message key; keys must be string literals (scripts/i18n-check.ts enforces it). */
  t(key: string, values?: MessageValues): string;
  /** For keys built at run time (error codes): the translation if one exists, else undefined. */
  lookup(key: string, values?: MessageValues): string | undefined;
  fmt: Formatters;
}

const I18nContext = createContext<I18n | null>(null);

function makeTranslator(locale: Locale, messages: Messages, fallback: Messages) {
  const cache = new Map<string, IntlMessageFormat | null>();
  const compile = (key: string): IntlMessageFormat | null => {
    if (cache.has(key)) return cache.get(key)!;
    const source = messages[key] ?? fallback[key];
    let compiled: IntlMessageFormat | null = null;
    if (source !== undefined) {
      try {
        compiled = new IntlMessageFormat(source, messages[key] !== undefined ? locale : 'en');
      } catch {
        compiled = null;
      }
    }
    cache.set(key, compiled);
    return compiled;
  };
  const lookup = (key: string, values?: MessageValues): string | undefined => {
    const m = compile(key);
    if (!m) return undefined;
    try {
      return String(m.format(values as Record<string, string | number>));
    } catch {
      return messages[key] ?? fallback[key];
    }
  };
  return { lookup, t: (key: string, values?: MessageValues) => lookup(key, values) ?? key };
}

export function I18nProvider({ locale, calendar, children }: { locale: Locale; calendar: Calendar; children: ReactNode }) {
  const [state, setState] = useState<{ locale: string; messages: Messages; fallback: Messages; names: NameOverrides } | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([loadCatalog(locale), locale === 'en' ? Promise.resolve(null) : loadCatalog('en'), loadNames(locale)]).then(
      ([messages, en, names]) => {
        if (live) setState({ locale, messages, fallback: en ?? messages, names });
      },
    );
    document.documentElement.lang = locale;
    return () => {
      live = false;
    };
  }, [locale]);

  const value = useMemo<I18n | null>(() => {
    // While another locale loads, the previous catalog stays on screen (no blank flash).
    if (!state) return null;
    const tr = makeTranslator(locale, state.messages, state.fallback);
    return { locale, t: tr.t, lookup: tr.lookup, fmt: makeFormatters(locale, calendar, state.names) };
  }, [state, locale, calendar]);

  if (!value) return <div className="boot" aria-busy="true" />;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
