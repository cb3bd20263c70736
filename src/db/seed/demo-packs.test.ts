import { describe, expect, it } from 'vitest';
import { DEMO_PACKS } from './demo-packs.ts';
import { ALL_FIELD_CODES } from '../../modules/taxonomy/field-codes.ts';
import { IP_STATUSES, LOCALES, NETWORK_COUNTRIES, ORGANIZATION_TYPES, REQUEST_VISIBILITIES, TRANSFER_MODES } from '../../modules/taxonomy/enums.ts';

const orgs = DEMO_PACKS.flatMap((p) => p.organizations);
const offers = DEMO_PACKS.flatMap((p) => p.offers.map((o) => ({ ...o, lang: p.lang })));
const requests = DEMO_PACKS.flatMap((p) => p.requests.map((r) => ({ ...r, lang: p.lang })));

describe('demo network packs', () => {
  it('has the size the demo promises', () => {
    expect(orgs.length).toBeGreaterThanOrEqual(40);
    expect(offers.length).toBeGreaterThanOrEqual(200);
    expect(requests.length).toBeGreaterThanOrEqual(80);
  });

  it('covers China and all ten ASEAN countries, and every language with at least 10 listings', () => {
    expect(new Set(orgs.map((o) => o.country))).toEqual(new Set(NETWORK_COUNTRIES));
    for (const lang of LOCALES) {
      expect([...offers, ...requests].filter((l) => l.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
    }
  });

  it('uses only known codes and existing organisations', () => {
    const keys = new Set(orgs.map((o) => o.key));
    expect(keys.size).toBe(orgs.length);
    for (const o of orgs) expect(ORGANIZATION_TYPES).toContain(o.type);
    for (const l of [...offers, ...requests]) {
      expect(keys.has(l.org), `${l.key} → ${l.org}`).toBe(true);
      for (const f of l.fields) expect(ALL_FIELD_CODES, l.key).toContain(f);
    }
    for (const o of offers) {
      expect(o.trl).toBeGreaterThanOrEqual(1);
      expect(o.trl).toBeLessThanOrEqual(9);
      expect(IP_STATUSES).toContain(o.ipStatus);
      for (const m of o.transferModes) expect(TRANSFER_MODES).toContain(m);
    }
    for (const r of requests) {
      expect(REQUEST_VISIBILITIES).toContain(r.visibility);
      for (const m of r.cooperationModes) expect(TRANSFER_MODES).toContain(m);
      if (r.budget) expect(r.budget.min).toBeLessThanOrEqual(r.budget.max);
    }
    const listingKeys = [...offers, ...requests].map((l) => l.key);
    expect(new Set(listingKeys).size).toBe(listingKeys.length);
  });
});
