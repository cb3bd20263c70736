/**
 * The web app's own message catalogs, so browser tests find controls by the label a user of
 * that locale reads (and fail when a label is missing) without repeating translations here.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES, type Locale } from '../../src/web/lib/enums.ts';
import zhCN from '../../src/web/i18n/messages/zh-CN.json' with { type: 'json' };
import en from '../../src/web/i18n/messages/en.json' with { type: 'json' };
import th from '../../src/web/i18n/messages/th.json' with { type: 'json' };
import vi from '../../src/web/i18n/messages/vi.json' with { type: 'json' };
import id from '../../src/web/i18n/messages/id.json' with { type: 'json' };
import ms from '../../src/web/i18n/messages/ms.json' with { type: 'json' };
import fil from '../../src/web/i18n/messages/fil.json' with { type: 'json' };
import lo from '../../src/web/i18n/messages/lo.json' with { type: 'json' };
import km from '../../src/web/i18n/messages/km.json' with { type: 'json' };
import my from '../../src/web/i18n/messages/my.json' with { type: 'json' };

export { LOCALES, type Locale };

export type MessageKey = keyof typeof en;

export const CATALOGS: Record<Locale, Record<string, string>> = { 'zh-CN': zhCN, en, th, vi, id, ms, fil, lo, km, my };

/** Every message key the web app knows (en.json is the reference catalog). */
export const MESSAGE_KEYS: string[] = Object.keys(en);

/** The text the app shows for `key` in `locale`, with ICU placeholders filled like the app does. */
export function msg(locale: Locale, key: MessageKey, values?: Record<string, string | number>): string {
  const own = CATALOGS[locale][key];
  const source = own ?? en[key];
  if (source === undefined) throw new Error(`No message ${key}`);
  return String(new IntlMessageFormat(source, own !== undefined ? locale : 'en').format(values));
}

/** A language's name as the app shows it in `locale` (the app uses Intl.DisplayNames too). */
export function languageName(locale: Locale, lang: string): string {
  return new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' }).of(lang) ?? lang;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
