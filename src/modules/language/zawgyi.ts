import {
  KINZI_MARKER,
  fixMyanmarLetterForms,
  fixMyanmarLookalikeDigits,
  reorderMyanmarClusters,
} from './myanmar.ts';

/**
 * Zawgyi → Unicode Burmese.
 *
 * Zawgyi is a font hack on the Unicode Myanmar block that most Burmese text used until the 2019
 * switch (and much still does). It differs from Unicode in three ways:
 * 1. Some code points mean something else: U+1039 is the visible asat (Unicode U+103A), U+103A–U+103D
 *    are the medials ya, ra, wa, ha (Unicode U+103B–U+103E), U+1033/U+1034 are u/uu variants.
 * 2. U+105A and U+1060–U+1097 hold glyph variants: stacked lower consonants, short or wide medials,
 *    kinzi, ligatures (ဋ္ဌ, ဏ္ဍ…), ha+u, wa+ha.
 * 3. Storage follows display: ေ and ya-yit come before the consonant, kinzi after it.
 *
 * Detection scores evidence for each encoding (`zawgyiProbability`); conversion runs only when the
 * Zawgyi evidence wins (`toUnicodeBurmese`), so Unicode text is never altered.
 */

// ---------------------------------------------------------------------------------------------
// Detection

interface Feature {
  re: RegExp;
  weight: number;
  /** what the pattern means, for the reader */
  why: string;
}

/** Patterns that are invalid or very rare in Unicode Burmese and frequent in Zawgyi. */
const ZAWGYI_FEATURES: Feature[] = [
  {
    re: /[\u1033\u1034\u105A\u1060-\u1097]/g,
    weight: 2,
    why: 'Zawgyi glyph variants; in Unicode these are Mon/Karen/Shan letters, not used in Burmese',
  },
  {
    re: /\u1039(?![\u1000-\u1021\u103F])/g,
    weight: 1,
    why: 'U+1039 not followed by a consonant: the Zawgyi asat (Unicode virama always stacks a consonant)',
  },
  {
    re: /(?:^|[^\u1000-\u102A\u103B-\u103F\u1040\u1047\u104E])\u1031/g,
    weight: 1,
    why: 'ေ at the start of a syllable (after a space, a vowel sign, an asat…); Unicode puts it after the consonant',
  },
  {
    re: /(?:^|[^\u1000-\u1021\u103F])\u103B/g,
    weight: 1,
    why: 'U+103B not after a consonant: the Zawgyi ya-yit, typed before its consonant',
  },
  {
    re: /\u1031\u103B/g,
    weight: 1,
    why: 'ေ followed by U+103B: Zawgyi order ေ + ya-yit + consonant',
  },
  {
    re: /\u103A(?:[\u102B-\u102E\u1030\u1032\u1036\u103C\u103D]|(?<!\u1014\u103A)\u102F)/g,
    weight: 1,
    why: 'U+103A followed by a vowel sign or medial: the Zawgyi medial ya (Unicode asat ends a syllable; the one exception, န်ု of ကျွန်ုပ်, is excluded)',
  },
];

/** Patterns that are normal in Unicode Burmese and invalid or absent in Zawgyi. */
const UNICODE_FEATURES: Feature[] = [
  { re: /\u103E/g, weight: 1, why: 'medial ha U+103E (Zawgyi writes ha as U+103D)' },
  {
    re: /\u1031(?![\u1000-\u1021\u103B\u1040\u1047\u106A\u106B\u107E-\u1084\u108F\u1090\u1086])/g,
    weight: 1,
    why: 'ေ not followed by a consonant: Unicode order consonant + ေ + vowel/asat/visarga',
  },
  {
    re: /\u1004\u103A\u1039[\u1000-\u1021]/g,
    weight: 1,
    why: 'Unicode kinzi sequence င ် ္ + consonant',
  },
];

function countFeatures(s: string, features: Feature[]): number {
  let n = 0;
  for (const f of features) n += (s.match(f.re)?.length ?? 0) * f.weight;
  return n;
}

/**
 * Probability (0..1) that the Burmese text in `s` is Zawgyi-encoded.
 * z = weighted count of Zawgyi-only patterns, u = weighted count of Unicode-only patterns;
 * p = z / (z + u + 0.5). No Zawgyi evidence gives 0; one clue alone gives 0.67 (two: 0.8);
 * Unicode evidence pulls it down, so a Unicode text with a stray typo stays below 0.5.
 */
export function zawgyiProbability(s: string): number {
  if (!/[\u1000-\u109F]/.test(s)) return 0;
  const z = countFeatures(s, ZAWGYI_FEATURES);
  if (z === 0) return 0;
  const u = countFeatures(s, UNICODE_FEATURES);
  return z / (z + u + 0.5);
}

/** True when `s` holds Burmese text that is more likely Zawgyi than Unicode. */
export function isZawgyi(s: string): boolean {
  return zawgyiProbability(s) > 0.5;
}

// ---------------------------------------------------------------------------------------------
// Conversion

/**
 * Step 1: one code point at a time (a single pass, so U+103A → U+103B and U+1039 → U+103A
 * cannot cascade). Stacked forms become virama + consonant; kinzi becomes KINZI_MARKER, which
 * the reordering step turns into င ် ္ in front of its consonant.
 */
const CHAR_MAP: Record<string, string> = {
  '\u1039': '\u103A', // asat
  '\u103A': '\u103B', // medial ya (ya-pin)
  '\u107D': '\u103B', // medial ya, short
  '\u103B': '\u103C', // medial ra (ya-yit)
  '\u107E': '\u103C', // ya-yit variants: narrow, wide, cut for upper marks, cut for lower marks
  '\u107F': '\u103C',
  '\u1080': '\u103C',
  '\u1081': '\u103C',
  '\u1082': '\u103C',
  '\u1083': '\u103C',
  '\u1084': '\u103C',
  '\u103C': '\u103D', // medial wa
  '\u103D': '\u103E', // medial ha
  '\u1087': '\u103E', // medial ha, short
  '\u1033': '\u102F', // u, long-tailed variant
  '\u1034': '\u1030', // uu variant
  '\u105A': '\u102B\u103A', // tall aa + asat (ေါ် ending)
  '\u1060': '\u1039\u1000', // stacked ka
  '\u1061': '\u1039\u1001',
  '\u1062': '\u1039\u1002',
  '\u1063': '\u1039\u1003',
  '\u1065': '\u1039\u1005',
  '\u1066': '\u1039\u1006',
  '\u1067': '\u1039\u1006',
  '\u1068': '\u1039\u1007',
  '\u1069': '\u1039\u1008',
  '\u106A': '\u1009', // nya, short
  '\u106B': '\u100A', // nnya without tail
  '\u106C': '\u1039\u100B',
  '\u106D': '\u1039\u100C',
  '\u106E': '\u100D\u1039\u100D', // ligatures: base + stacked consonant
  '\u106F': '\u100D\u1039\u100E',
  '\u1070': '\u1039\u100F',
  '\u1071': '\u1039\u1010',
  '\u1072': '\u1039\u1010',
  '\u1073': '\u1039\u1011',
  '\u1074': '\u1039\u1011',
  '\u1075': '\u1039\u1012',
  '\u1076': '\u1039\u1013',
  '\u1077': '\u1039\u1014',
  '\u1078': '\u1039\u1015',
  '\u1079': '\u1039\u1016',
  '\u107A': '\u1039\u1017',
  '\u107B': '\u1039\u1018',
  '\u1093': '\u1039\u1018',
  '\u107C': '\u1039\u1019',
  '\u1085': '\u1039\u101C',
  '\u1086': '\u103F', // great sa
  '\u1088': '\u103E\u102F', // ha + u
  '\u1089': '\u103E\u1030', // ha + uu
  '\u108A': '\u103D\u103E', // wa + ha
  '\u1064': KINZI_MARKER,
  '\u108B': KINZI_MARKER + '\u102D', // kinzi + i
  '\u108C': KINZI_MARKER + '\u102E', // kinzi + ii
  '\u108D': KINZI_MARKER + '\u1036', // kinzi + anusvara
  '\u108E': '\u102D\u1036', // i + anusvara
  '\u108F': '\u1014', // na, short (above lower marks)
  '\u1090': '\u101B', // ra, short
  '\u1091': '\u100F\u1039\u100D',
  '\u1092': '\u100B\u1039\u100C',
  '\u1094': '\u1037', // dot below, shifted variants
  '\u1095': '\u1037',
  '\u1096': '\u1039\u1010\u103D', // stacked ta + wa
  '\u1097': '\u100B\u1039\u100B',
};
const CHAR_MAP_RE = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]`, 'g');

/** Steps 3–4: ordered rules on the reordered (Unicode-order) text. */
const AFTER_RULES: [RegExp, string][] = [
  // ၄င်း typed with the digit four (only visible after the asat was mapped)
  [/\u1044(?=\u1004\u103A\u1038)/g, '\u104E'],
  // Zawgyi writes ၎င်း as ၎ alone: complete it
  [/\u104E(?!\u1004\u103A\u1038)/g, '\u104E\u1004\u103A\u1038'],
  // space typed before a dot below that belongs to the previous syllable
  [/ \u1037/g, '\u1037'],
];

/**
 * Convert Zawgyi text to Unicode, unconditionally (use `toUnicodeBurmese` for unknown input).
 * 1. look-alike digits (၀ for ဝ…) become letters, so a ေ before them finds its consonant;
 * 2. code points are mapped (CHAR_MAP);
 * 3. each syllable is rebuilt in Unicode order: kinzi, consonant, stack, ျ ြ ွ ှ, ေ, vowels, ံ ့ ် း
 *    (ေ and ya-yit taken from before the consonant, duplicates dropped);
 * 4. letter-form fixes (ဥ် → ဉ်, ဦ → ဦ, စျ → ဈ) and AFTER_RULES.
 */
export function zawgyiToUnicode(s: string): string {
  let out = fixMyanmarLookalikeDigits(s);
  out = out.replace(CHAR_MAP_RE, (c) => CHAR_MAP[c] ?? c);
  out = reorderMyanmarClusters(out, true);
  out = fixMyanmarLetterForms(out);
  for (const [re, to] of AFTER_RULES) out = out.replace(re, to);
  return out;
}

/**
 * Unicode Burmese from text of unknown encoding: each line is converted only when it is
 * detected as Zawgyi (a document can mix encodings when pasted together). Text without
 * Burmese characters, and Unicode Burmese, is returned unchanged.
 */
export function toUnicodeBurmese(s: string): string {
  if (!/[\u1000-\u109F]/.test(s)) return s;
  return s
    .split(/(\r?\n)/)
    .map((part) => (isZawgyi(part) ? zawgyiToUnicode(part) : part))
    .join('');
}
