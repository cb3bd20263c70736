import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';

const cps = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).toUpperCase());

describe('normalizeText: general rules', () => {
  it('applies NFKC and lower-cases', () => {
    expect(normalizeText('ＴＲＬ９')).toBe('trl9');
    expect(normalizeText('H₂O and CO₂')).toBe('h2o and co2');
    expect(normalizeText('ﬁbre')).toBe('fibre');
  });

  it('lower-cases without Turkish rules', () => {
    expect(normalizeText('İSTANBUL Iİ')).toBe('istanbul ii');
  });

  it('composes Vietnamese typed with combining marks', () => {
    expect(normalizeText('Co\u0302ng nghe\u0323\u0302')).toBe('công nghệ');
  });

  it('removes zero-width characters, soft hyphens and BOMs', () => {
    expect(normalizeText('data\u200Bbase')).toBe('database');
    expect(normalizeText('\uFEFFsolar\u2060panel')).toBe('solarpanel');
    expect(normalizeText('photo\u00ADvoltaic')).toBe('photovoltaic');
    expect(normalizeText('ab\u200C\u200Dc')).toBe('abc');
  });

  it('keeps the joiner inside an emoji sequence', () => {
    expect(normalizeText('👩\u200D💻')).toBe('👩\u200D💻');
  });

  it('collapses whitespace', () => {
    expect(normalizeText('  solar \t\n  pump\u00A0 2\u3000kW ')).toBe('solar pump 2 kw');
  });

  it('maps Thai, Lao, Khmer and Myanmar digits to ASCII (unless disabled)', () => {
    expect(normalizeText('๒๕๖๖ ໒໐໒໔ ២០២៤ ၂၀၁၇')).toBe('2566 2024 2024 2017');
    expect(normalizeText('๒๕๖๖', { asciiDigits: false })).toBe('๒๕๖๖');
  });
});

describe('normalizeText: Thai', () => {
  it('puts a tone mark typed before a vowel sign above/below after it', () => {
    expect(normalizeText('ท\u0E48\u0E35')).toBe('ที่');
    expect(cps(normalizeText('ท\u0E48\u0E35'))).toEqual(['E17', 'E35', 'E48']);
    expect(normalizeText('ส\u0E49\u0E38ม')).toBe('สุ้ม');
  });

  it('removes a duplicated tone mark or vowel sign', () => {
    expect(normalizeText('ที\u0E48\u0E48')).toBe('ที่');
    expect(normalizeText('ดี\u0E35')).toBe('ดี');
  });

  it('keeps SARA AM whole through NFKC, also when typed as NIKHAHIT + tone + SARA AA', () => {
    expect(normalizeText('น้ำมัน')).toBe('น้ำมัน');
    expect(normalizeText('น\u0E4D\u0E49\u0E32')).toBe('น้ำ');
  });

  it('reads two SARA E as SARA AE', () => {
    expect(normalizeText('\u0E40\u0E40ละ')).toBe('และ');
  });
});

describe('normalizeText: Lao', () => {
  it('puts a tone mark typed before a vowel sign after it', () => {
    expect(normalizeText('ກ\u0EC8\u0EB5')).toBe('ກີ່');
  });

  it('recomposes ຳ, ໜ, ໝ after NFKC', () => {
    expect(normalizeText('ນ້ຳ')).toBe('ນ້ຳ');
    expect(normalizeText('ໜ້າທີ່')).toBe('ໜ້າທີ່');
    expect(normalizeText('ຫນ້າທີ່')).toBe('ໜ້າທີ່');
    expect(normalizeText('ຫມາກໄມ້')).toBe('ໝາກໄມ້');
  });
});

describe('normalizeText: Khmer', () => {
  it('drops zero-width spaces used as word separators', () => {
    expect(normalizeText('ការ\u200Bអភិវឌ្ឍ\u200Bកសិកម្ម')).toBe('ការអភិវឌ្ឍកសិកម្ម');
  });

  it('stores subscript RO after the other subscript', () => {
    // ស ្ រ ្ ត ី → ស ្ ត ្ រ ី
    expect(normalizeText('ស\u17D2\u179A\u17D2\u178F\u17B8')).toBe('ស្ត្រី');
  });

  it('composes split vowels and orders register shifters before vowels', () => {
    expect(normalizeText('ក\u17C1\u17B6')).toBe('កោ');
    expect(normalizeText('ប\u17B8\u17CA')).toBe('ប៊ី');
  });
});

describe('normalizeText: Burmese (Unicode)', () => {
  it('sorts marks typed out of order', () => {
    expect(normalizeText('က\u102F\u102D')).toBe('ကို');
    expect(normalizeText('သင\u103A\u1037')).toBe('သင့်');
    expect(normalizeText('လ\u103E\u103B')).toBe('လျှ');
  });

  it('keeps one of a mark typed twice', () => {
    expect(normalizeText('ဟု\u102F')).toBe('ဟု');
  });

  it('reads look-alike digits as letters inside words only', () => {
    expect(normalizeText('ဘ\u1040')).toBe('ဘဝ');
    expect(normalizeText('\u1040န်ကြီး')).toBe('ဝန်ကြီး');
    expect(normalizeText('\u1044င်း')).toBe('၎င်း');
    expect(normalizeText('၁၀ ခု')).toBe('10 ခု');
  });

  it('leaves correct Unicode unchanged (kinzi, stacked consonants)', () => {
    for (const w of ['ကျွန်ုပ်', 'အင်္ဂလိပ်', 'ကမ္ဘာ', 'ဗုဒ္ဓ', 'မြန်မာနိုင်ငံ', 'ကျေးဇူးတင်ပါတယ်', 'ပြောင်းလဲ', 'မြို့']) {
      expect(normalizeText(w)).toBe(w);
    }
  });
});

describe('normalizeText: idempotence', () => {
  it('gives the same result when applied twice', () => {
    const samples = [
      'ＴＲＬ９ Solar\u200BPump',
      'ท\u0E48\u0E48\u0E35 น\u0E4D\u0E49\u0E32',
      'ກ\u0EC8\u0EBC\u0EB4 ຫນ້າ',
      'ស\u17D2\u179A\u17D2\u178F\u17B8 ក\u17C1\u17B6',
      'က\u102F\u102D\u102F ဘ\u1040 \u1044င်း',
      'Công nghệ sinh học',
    ];
    for (const s of samples) {
      const once = normalizeText(s);
      expect(normalizeText(once)).toBe(once);
    }
  });
});
