import { describe, expect, it } from 'vitest';
import { analyze, isLatinToken } from './pipeline.ts';

describe('analyze', () => {
  it('detects, normalises, segments and removes stop words (Thai)', () => {
    const a = analyze('ระบบสูบน้ำพลังงานแสงอาทิตย์ และ แบตเตอรี่ LiFePO₄ ขนาด ๒ kW');
    expect(a.lang).toBe('th');
    expect(a.text).toBe('ระบบสูบน้ำพลังงานแสงอาทิตย์ และ แบตเตอรี่ lifepo4 ขนาด 2 kw');
    expect(a.tokens).toContain('พลังงาน');
    expect(a.tokens).toContain('แสง');
    expect(a.tokens).not.toContain('และ');
    expect(a.latinTokens).toEqual(['lifepo4', '2', 'kw']);
  });

  it('uses the given language (zh-CN) and can add Han bigrams', () => {
    const a = analyze('一种锂电池的制备方法 (CN 201910012345)', { lang: 'zh-CN', cjkBigrams: true });
    expect(a.lang).toBe('zh');
    expect(a.langConfidence).toBe(1);
    expect(a.tokens).not.toContain('的');
    expect(a.tokens).toContain('制备');
    expect(a.latinTokens).toEqual(['cn', '201910012345']);
  });

  it('converts Zawgyi before anything else', () => {
    // Zawgyi: မြန်မာနိုင်ငံ၏ စိုက်ပျိုးရေး နည်းပညာ
    const zg =
      '\u103B\u1019\u1014\u1039\u1019\u102C\u108F\u102D\u102F\u1004\u1039\u1004\u1036\u104F ' +
      '\u1005\u102D\u102F\u1000\u1039\u1015\u103A\u102D\u1033\u1038\u1031\u101B\u1038 \u1014\u100A\u1039\u1038\u1015\u100A\u102C';
    const a = analyze(zg);
    expect(a.lang).toBe('my');
    expect(a.text).toBe('မြန်မာနိုင်ငံ၏ စိုက်ပျိုးရေး နည်းပညာ');
    expect(a.tokens).toEqual(['မြန်မာနိုင်ငံ', 'စိုက်ပျိုးရေး', 'နည်း', 'ပညာ']);
  });

  it('gives the same tokens for a Zawgyi and a Unicode spelling of the same words', () => {
    const zg = '\u1031\u1006\u1038\u101D\u102B\u1038 \u1031\u1000\u103A\u102C\u1004\u1039\u1038';
    expect(analyze(zg).tokens).toEqual(analyze('ဆေးဝါး ကျောင်း').tokens);
  });

  it('treats Latin-script languages as all-Latin tokens, without stop words', () => {
    const a = analyze('Sistem pengairan pintar untuk petani kecil dengan sensor IoT');
    expect(a.lang).toBe('id');
    expect(a.tokens).toEqual(['sistem', 'pengairan', 'pintar', 'petani', 'kecil', 'sensor', 'iot']);
    expect(a.latinTokens).toEqual(a.tokens);
  });

  it('drops English stop words inside non-Latin text, and keeps them on request', () => {
    expect(analyze('พลังงาน the best', { lang: 'th' }).tokens).toEqual(['พลังงาน', 'best']);
    expect(analyze('the solar pump', { lang: 'en', keepStopwords: true }).tokens).toEqual(['the', 'solar', 'pump']);
  });

  it('makes query and document spellings meet (full-width, case, zero-width, tone order)', () => {
    const doc = analyze('ＴＲＬ９ ระบบที่ใช้\u200Bพลังงาน', { lang: 'th' });
    const query = analyze('trl9 ระบบท\u0E48\u0E35ใช้พลังงาน', { lang: 'th' });
    expect(query.tokens).toEqual(doc.tokens);
  });

  it('handles empty input', () => {
    expect(analyze('')).toEqual({ lang: 'en', langConfidence: 0, text: '', tokens: [], latinTokens: [] });
  });
});

describe('isLatinToken', () => {
  it('accepts names, numbers, formulas and Vietnamese words', () => {
    for (const t of ['lifepo4', '2.5', 'h2o', 'công', "o'neil", 'covid-19']) expect(isLatinToken(t)).toBe(true);
  });
  it('rejects other scripts and bare punctuation', () => {
    for (const t of ['พลังงาน', '电池', 'ပညာ', '-', '.']) expect(isLatinToken(t)).toBe(false);
  });
});
