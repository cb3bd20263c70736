import { describe, expect, it } from 'vitest';
import { isZawgyi, toUnicodeBurmese, zawgyiProbability, zawgyiToUnicode } from './zawgyi.ts';

/**
 * [Zawgyi, Unicode] pairs, Zawgyi written as escapes (it renders wrongly in Unicode fonts).
 * Each case names the Zawgyi feature it exercises.
 */
const PAIRS: [string, string, string][] = [
  ['ya-yit before the consonant, asat', '\u103B\u1019\u1014\u1039\u1019\u102C', 'မြန်မာ'],
  [
    'ေ and ya-pin before the consonant, asat',
    '\u1031\u1000\u103A\u1038\u1007\u1030\u1038\u1010\u1004\u1039\u1015\u102B\u1010\u101A\u1039',
    'ကျေးဇူးတင်ပါတယ်',
  ],
  ['asat only', '\u1014\u100A\u1039\u1038\u1015\u100A\u102C', 'နည်းပညာ'],
  [
    'ya-pin with the U+1033 u, ေ',
    '\u1005\u102D\u102F\u1000\u1039\u1015\u103A\u102D\u1033\u1038\u1031\u101B\u1038',
    'စိုက်ပျိုးရေး',
  ],
  ['ေ before the consonant', '\u1031\u1006\u1038\u101D\u102B\u1038', 'ဆေးဝါး'],
  ['digit zero typed for wa', '\u1031\u1006\u1038\u1040\u102B\u1038', 'ဆေးဝါး'],
  ['ya-pin and ha (Zawgyi U+103D)', '\u101C\u103A\u103D\u1015\u1039\u1005\u1005\u1039', 'လျှပ်စစ်'],
  ['ha typed before ya-pin', '\u101C\u103D\u103A\u1015\u1039\u1005\u1005\u1039', 'လျှပ်စစ်'],
  ['wa (Zawgyi U+103C), uu variant U+1034', '\u1000\u103C\u1014\u1039\u1015\u103A\u1034\u1010\u102C', 'ကွန်ပျူတာ'],
  ['identical in both encodings', '\u1018\u102C\u101E\u102C', 'ဘာသာ'],
  ['short na U+108F', '\u108F\u102D\u102F\u1004\u1039\u1004\u1036', 'နိုင်ငံ'],
  ['ya-yit variant U+1080', '\u1080\u1000\u102E\u1038', 'ကြီး'],
  ['ha + u ligature U+1088', '\u1005\u1000\u1039\u1019\u1088\u101C\u102F\u1015\u1039\u1004\u1014\u1039\u1038', 'စက်မှုလုပ်ငန်း'],
  ['kinzi U+1064 after its consonant', '\u1021\u1002\u1064\u101C\u102D\u1015\u1039', 'အင်္ဂလိပ်'],
  ['stacked bha U+107B', '\u1000\u1019\u107B\u102C', 'ကမ္ဘာ'],
  ['ေ + ya-yit before the consonant', '\u1031\u103B\u1015\u102C\u1004\u1039\u1038\u101C\u1032', 'ပြောင်းလဲ'],
  ['ေ in the middle of a word', '\u101E\u102F\u1031\u1010\u101E\u1014', 'သုတေသန'],
  ['stacked dha U+1076', '\u1017\u102F\u1012\u1076', 'ဗုဒ္ဓ'],
  ['ေ, ya-pin, aa, asat', '\u1031\u1000\u103A\u102C\u1004\u1039\u1038', 'ကျောင်း'],
  ['ေ + wa twice, short na', '\u1031\u1006\u103C\u1038\u1031\u108F\u103C\u1038', 'ဆွေးနွေး'],
  ['ha', '\u101B\u103D\u102D', 'ရှိ'],
  ['၎ alone stands for ၎င်း', '\u104E', '၎င်း'],
  ['၄င်း typed with digit four', '\u1044\u1004\u1039\u1038', '၎င်း'],
  ['tall aa + asat U+105A', '\u1031\u1015\u105A', 'ပေါ်'],
  ['ya-yit variant, u variant, dot variant U+1095', '\u107F\u1019\u102D\u1033\u1095', 'မြို့'],
  ['dot below variant U+1094 after asat', '\u101E\u1004\u1039\u1094', 'သင့်'],
  ['ဥ typed for ဉ before aa', '\u1025\u102C\u100F\u1039', 'ဉာဏ်'],
  ['ေ before an independent-vowel word', '\u1025\u1015\u1031\u1012', 'ဥပဒေ'],
  ['ha + i, Unicode-order ေ typo', '\u1021\u101B\u1031\u103D\u1095', 'အရှေ့'],
  ['စ + ya-pin typed for ဈ', '\u1031\u1005\u103A\u1038', 'ဈေး'],
  ['short ya-pin U+107D + wa, asat before u (standard spelling)', '\u1000\u107D\u103C\u1014\u1039\u102F\u1015\u1039', 'ကျွန်ုပ်'],
];

const UNICODE_TEXTS = [
  'မြန်မာ',
  'ကျေးဇူးတင်ပါတယ်',
  'စိုက်ပျိုးရေးနည်းပညာ',
  'လျှပ်စစ်ကားများအတွက် ဘက်ထရီ',
  'ကွန်ပျူတာသိပ္ပံ',
  'အင်္ဂလိပ်ဘာသာ',
  'မြန်မာနိုင်ငံ၏ ကျေးလက်ဒေသများတွင် ဆိုလာစွမ်းအင်ကို အသုံးပြုသည်။',
  'ဤနည်းပညာသည် ရေသန့်စင်ခြင်းအတွက် ဖြစ်ပါသည်။',
  'ဆေးဝါးထုတ်လုပ်မှုလုပ်ငန်း',
  'ပြောင်းလဲမှု',
  'ဗုဒ္ဓ',
  'ပေါ်',
  'ကျွန်ုပ်',
  'ကျွန်ုပ်တို့၏ နည်းပညာ',
];

describe('zawgyiToUnicode', () => {
  it.each(PAIRS)('%s', (_why, zawgyi, unicode) => {
    expect(zawgyiToUnicode(zawgyi)).toBe(unicode);
  });

  it('converts a sentence, keeping spaces, punctuation and Latin text', () => {
    const zg = '\u103B\u1019\u1014\u1039\u1019\u102C AI \u1014\u100A\u1039\u1038\u1015\u100A\u102C\u104B';
    expect(zawgyiToUnicode(zg)).toBe('မြန်မာ AI နည်းပညာ။');
  });
});

describe('zawgyi detection', () => {
  it('detects the Zawgyi side of the pairs that differ from Unicode', () => {
    const differing = PAIRS.filter(([, zg, uni]) => zg !== uni && !/^[\u1044\u104E]/.test(zg));
    const detected = differing.filter(([, zg]) => isZawgyi(zg));
    expect(detected.length / differing.length).toBeGreaterThanOrEqual(0.9);
  });

  it('detects a Zawgyi sentence with high probability', () => {
    // ကျေးလက်ဒေသများတွင် နေရောင်ခြည်စွမ်းအင်
    const zg =
      '\u1031\u1000\u103A\u1038\u101C\u1000\u1039\u1031\u1012\u101E\u1019\u103A\u102C\u1038\u1010\u103C\u1004\u1039 ' +
      '\u1031\u1014\u1031\u101B\u102C\u1004\u1039\u103B\u1001\u100A\u1039\u1005\u103C\u1019\u1039\u1038\u1021\u1004\u1039';
    expect(zawgyiToUnicode(zg)).toBe('ကျေးလက်ဒေသများတွင် နေရောင်ခြည်စွမ်းအင်');
    expect(zawgyiProbability(zg)).toBeGreaterThan(0.9);
  });

  it.each(UNICODE_TEXTS)('leaves Unicode alone: %s', (text) => {
    expect(isZawgyi(text)).toBe(false);
    expect(toUnicodeBurmese(text)).toBe(text);
  });

  it('gives 0 for text without Burmese', () => {
    expect(zawgyiProbability('Solar water pump 2 kW')).toBe(0);
    expect(zawgyiProbability('')).toBe(0);
  });
});

describe('toUnicodeBurmese', () => {
  it('converts detected Zawgyi lines only', () => {
    const zgLine = '\u1031\u1000\u103A\u1038\u1007\u1030\u1038\u1010\u1004\u1039\u1015\u102B\u1010\u101A\u1039';
    expect(toUnicodeBurmese(`${zgLine}\nမြန်မာနိုင်ငံ`)).toBe('ကျေးဇူးတင်ပါတယ်\nမြန်မာနိုင်ငံ');
  });

  it('returns non-Burmese text unchanged', () => {
    expect(toUnicodeBurmese('ภาษาไทย and English')).toBe('ภาษาไทย and English');
  });
});
