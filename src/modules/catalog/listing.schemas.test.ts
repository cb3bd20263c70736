import { describe, expect, it } from 'vitest';
import { isCountryCode, isCurrencyCode, userText, dateOnlySchema } from './listing.schemas.ts';
import { offerCreateBody, priceInput } from './offer.schemas.ts';
import { budgetInput } from './request.schemas.ts';

describe('listing validators', () => {
  it('knows ISO country and currency codes', () => {
    expect(['TH', 'VN', 'CN', 'MM', 'DE'].every(isCountryCode)).toBe(true);
    expect(['XX', 'th', 'THA', 'ZZ', '', '001'].some(isCountryCode)).toBe(false);
    expect(['USD', 'THB', 'CNY', 'VND', 'MMK'].every(isCurrencyCode)).toBe(true);
    expect(['XYZ', 'usd', 'US', 'DOLLAR'].some(isCurrencyCode)).toBe(false);
  });

  it('counts characters, not UTF-16 units, and keeps text as sent', () => {
    const t = userText(3, 5);
    expect(t.safeParse('🌞🌞🌞🌞🌞').success).toBe(true);
    expect(t.safeParse('🌞🌞🌞🌞🌞🌞').success).toBe(false);
    expect(t.safeParse('  ab  ').success).toBe(false);
    expect(t.parse(' abc ')).toBe(' abc ');
    expect(t.safeParse('ab\u0000c').success).toBe(false);
    expect(t.safeParse('ab\uD800c').success).toBe(false);
  });

  it('accepts real calendar dates only', () => {
    expect(dateOnlySchema.safeParse('2028-02-29').success).toBe(true);
    expect(dateOnlySchema.safeParse('2027-02-29').success).toBe(false);
    expect(dateOnlySchema.safeParse('2027-2-1').success).toBe(false);
  });

  it('wants an amount with a currency, or negotiable', () => {
    expect(priceInput.safeParse({ amount: null, currency: null, negotiable: true }).success).toBe(true);
    expect(priceInput.safeParse({ amount: 0, currency: 'THB', negotiable: false }).success).toBe(true);
    expect(priceInput.safeParse({ amount: 5, currency: null, negotiable: true }).success).toBe(false);
    expect(priceInput.safeParse({ amount: -1, currency: 'THB', negotiable: false }).success).toBe(false);
    expect(budgetInput.safeParse({ min: 10, max: 5, currency: 'USD' }).success).toBe(false);
  });

  it('applies defaults to a minimal offer', () => {
    const parsed = offerCreateBody.parse({
      organizationId: '0190c7a4-0000-7000-8000-000000000000',
      originalLang: 'en',
      texts: [{ lang: 'en', title: 'Title', summary: 'S' }],
      fields: ['ict.ai'],
      trl: 3,
      ipStatus: 'none',
      transferModes: ['assignment'],
    });
    expect(parsed).toMatchObject({ keywords: [], patents: [], targetCountries: [], price: { negotiable: true } });
    expect(parsed.texts[0]).toMatchObject({ description: '', applications: '', advantages: '' });
  });
});
