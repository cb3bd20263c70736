import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/enums.ts';

/** Each locale's own name, shown in the switcher in its own script. */
export const LOCALE_NATIVE_NAMES: Record<Locale, string> = {
  'zh-CN': '简体中文',
  en: 'English',
  th: 'ไทย',
  vi: 'Tiếng Việt',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  fil: 'Filipino',
  lo: 'ລາວ',
  km: 'ខ្មែរ',
  my: 'မြန်မာ',
};

/** Best UI locale for an Accept-Language style list (used by the browser fallback too). */
export function pickLocale(preferences: readonly string[]): Locale {
  for (const raw of preferences) {
    const tag = raw.trim().toLowerCase();
    const exact = LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const base = tag.split('-')[0];
    const partial = LOCALES.find((l) => l.split('-')[0].toLowerCase() === base);
    if (partial) return partial;
  }
  return DEFAULT_LOCALE;
}

/** Replaces the locale segment of a path, keeping the rest ("/th/offers?x" → "/vi/offers?x"). */
export function switchLocalePath(pathname: string, search: string, to: Locale): string {
  const parts = pathname.split('/');
  // parts[0] is '' because the path starts with '/'
  parts[1] = to;
  return parts.join('/') + search;
}
