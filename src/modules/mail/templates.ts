import { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../taxonomy/enums.ts';
import { MAIL_MESSAGES } from './messages.ts';

export type MailTemplate = keyof (typeof MAIL_MESSAGES)['en'];

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Renders a transactional mail in the recipient's locale from ICU messages. Every value
 * is escaped in the HTML part; links are shown as text too so plain-text clients work.
 */
export function renderMail(template: MailTemplate, locale: string, params: Record<string, string>) {
  const loc: Locale = (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : DEFAULT_LOCALE;
  const msgs = MAIL_MESSAGES[loc][template] ?? MAIL_MESSAGES.en[template];
  const fmt = (m: string) => String(new IntlMessageFormat(m, loc).format(params));
  const subject = fmt(msgs.subject);
  const body = fmt(msgs.body);
  const text = `${body}\n\n${params.link ?? ''}\n`;
  const html = `<!doctype html><html lang="${loc}"><body style="font-family:sans-serif"><p>${escapeHtml(body).replace(/\n/g, '<br>')}</p>${
    params.link ? `<p><a href="${escapeHtml(params.link)}">${escapeHtml(params.link)}</a></p>` : ''
  }</body></html>`;
  return { subject, text, html };
}
