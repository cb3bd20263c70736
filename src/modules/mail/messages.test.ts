import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALES } from '../taxonomy/enums.ts';
import { MAIL_MESSAGES } from './messages.ts';
import { renderMail, type MailTemplate } from './templates.ts';

/** Names of the {placeholders} of an ICU message, from its parsed form (nested ones included). */
function placeholders(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (els: unknown[]) => {
    for (const el of els as { type: number; value?: unknown; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
      if (typeof el.value === 'string' && el.type !== 0 && el.type !== 7) names.add(el.value);
      if (el.options) for (const o of Object.values(el.options)) walk(o.value);
      if (el.children) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

const templates = Object.keys(MAIL_MESSAGES.en) as MailTemplate[];

describe('mail messages', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every template, translated, with the same placeholders', (locale) => {
    const msgs = MAIL_MESSAGES[locale];
    expect(Object.keys(msgs).sort()).toEqual([...templates].sort());
    for (const t of templates) {
      for (const part of ['subject', 'body'] as const) {
        const en = MAIL_MESSAGES.en[t][part];
        const mine = msgs[t][part];
        expect(mine.trim().length, `${locale} ${t}.${part}`).toBeGreaterThan(0);
        expect(mine, `${locale} ${t}.${part} is still English`).not.toBe(en);
        expect(placeholders(mine, locale), `${locale} ${t}.${part}`).toEqual(placeholders(en, 'en'));
      }
    }
  });

  it('renders every template in every locale with values filled in and HTML escaped', () => {
    const params = { name: 'A <b>', link: 'https://x.test/a?token=1&b=2', organization: 'Org', inviter: 'Inv', role: 'editor' };
    for (const locale of LOCALES) {
      for (const t of templates) {
        const m = renderMail(t, locale, params);
        expect(m.subject).not.toMatch(/[{}]/);
        expect(m.text).toContain(params.link);
        expect(m.html).toContain(`lang="${locale}"`);
        expect(m.html).not.toContain('<b>');
        expect(m.html).toContain('token=1&amp;b=2');
      }
    }
  });

  it('falls back to English for an unknown locale', () => {
    expect(renderMail('verifyEmail', 'xx', { name: 'N', link: 'L' }).subject).toBe(MAIL_MESSAGES.en.verifyEmail.subject);
  });
});
