import { fixMyanmarLetterForms, fixMyanmarLookalikeDigits, reorderMyanmarClusters } from './myanmar.ts';

/**
 * Text normalisation shared by indexing and querying. The same function must run on both
 * sides, so every rule is deterministic, idempotent and conservative: it only merges spellings
 * that display the same (or are the same text typed differently), never two different words.
 *
 * Order: NFKC → invisible characters → script rules (Thai, Lao, Khmer, Burmese) →
 * native digits to ASCII → lower case → whitespace.
 * Burmese in the Zawgyi encoding is *not* handled here: convert it first (zawgyi.ts,
 * `toUnicodeBurmese`; the pipeline does this), because Zawgyi's code points mean other things.
 */

export interface NormalizeOptions {
  /** Map Thai, Lao, Khmer and Myanmar digits to 0-9 so numbers match across languages (default true). */
  asciiDigits?: boolean;
}

/** Always dropped: zero-width space, word joiner, BOM / zero-width no-break space, soft hyphen. */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
/**
 * ZWNJ / ZWJ change shaping only in scripts we do not segment (Arabic, Indic) and in emoji
 * sequences; they are kept after such characters and dropped everywhere else.
 */
const JOINER_NOT_NEEDED =
  /(?<![\p{Script=Arabic}\p{Script=Syriac}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F])[\u200C\u200D]/gu;

/**
 * Thai.
 * - NFKC splits SARA AM (ำ U+0E33) into NIKHAHIT + SARA AA (ํ า); ICU's dictionary only knows
 *   the single character, so "น้ำมัน" would segment badly. Put it back, also when a tone mark was
 *   typed between the two halves (น ํ ้ า → น ้ ำ).
 * - A tone mark (่ ้ ๊ ๋) or thanthakhat (์) typed before a vowel sign above/below (ั ิ ี ึ ื ุ ู ฺ)
 *   renders the same but is stored differently: canonical order is vowel sign first ("ที่", not "ท่ี").
 * - The same combining mark twice in a row (ที่่) shows as one: keep one.
 * - Two SARA E (เเ) typed for SARA AE (แ): "เเละ" → "และ".
 */
function normalizeThai(s: string): string {
  return s
    .replace(/\u0E4D([\u0E48-\u0E4B])\u0E32/g, '$1\u0E33')
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .replace(/([\u0E48-\u0E4C])([\u0E31\u0E34-\u0E3A])/g, '$2$1')
    .replace(/([\u0E31\u0E34-\u0E3A\u0E47-\u0E4E])\1+/g, '$1')
    .replace(/\u0E40\u0E40/g, '\u0E41');
}

/**
 * Lao.
 * - NFKC splits ຳ (U+0EB3) into ໍ + າ and the ligatures ໜ ໝ (U+0EDC, U+0EDD) into ຫນ ຫມ; ICU's Lao
 *   dictionary and most Lao text use the single characters, so recompose them.
 * - Canonical mark order is consonant, semivowel ຼ, vowel sign above/below, tone mark:
 *   a tone mark (່ ້ ໊ ໋ ໌) typed before a vowel sign or ຼ is moved after it; a vowel typed before ຼ too.
 * - The same combining mark twice in a row shows as one: keep one.
 */
function normalizeLao(s: string): string {
  let out = s
    .replace(/\u0ECD([\u0EC8-\u0ECB])\u0EB2/g, '$1\u0EB3')
    .replace(/\u0ECD\u0EB2/g, '\u0EB3')
    .replace(/\u0EAB\u0E99/g, '\u0EDC')
    .replace(/\u0EAB\u0EA1/g, '\u0EDD')
    .replace(/([\u0EB1\u0EB4-\u0EB9\u0EBB])\u0EBC/g, '\u0EBC$1');
  // tone, ຼ, vowel needs two swaps
  for (let i = 0; i < 2; i++) out = out.replace(/([\u0EC8-\u0ECC])([\u0EB1\u0EB4-\u0EB9\u0EBB\u0EBC])/g, '$2$1');
  return out.replace(/([\u0EB1\u0EB4-\u0EBC\u0EC8-\u0ECD])\1+/g, '$1');
}

/**
 * Khmer (U+200B word separators are already gone with the other invisible characters).
 * - Subscript RO (្រ) is drawn to the left, so it is often typed before the other subscript;
 *   Unicode stores it last: ស្រ្តី → ស្ត្រី.
 * - Register shifters (៉ ៊) belong before the dependent vowel: ប ី ៊ → ប ៊ ី.
 * - Split vowels typed as two parts: េ + ា → ោ, េ + ី → ើ.
 * - The deprecated invisible inherent vowels (U+17B4, U+17B5) are dropped.
 * - The same combining mark twice in a row shows as one: keep one.
 */
function normalizeKhmer(s: string): string {
  return s
    .replace(/[\u17B4\u17B5]/g, '')
    .replace(/\u17D2\u179A\u17D2([\u1780-\u17A2])/g, '\u17D2$1\u17D2\u179A')
    .replace(/([\u17B6-\u17C5])([\u17C9\u17CA])/g, '$2$1')
    .replace(/\u17C1\u17B6/g, '\u17C4')
    .replace(/\u17C1\u17B8/g, '\u17BE')
    .replace(/([\u17B6-\u17D1\u17D3\u17DD])\1+/g, '$1');
}

/**
 * Burmese (Unicode encoding).
 * - Look-alike digits typed for letters: ၀ for ဝ, ၇ for ရ, ၄င်း for ၎င်း (see myanmar.ts).
 * - Marks of a syllable typed in a non-canonical order (ုိ → ို, ့် vs ့်, ွျ → ျွ, ံု → ုံ…) are
 *   sorted into Unicode storage order; a mark typed twice is kept once. ေ is never moved across
 *   a consonant here: text that has it before the consonant is Zawgyi, a conversion matter.
 * - ဥ typed for ဉ before ် or ာ; ဥ + ီ → ဦ; စျ → ဈ.
 */
function normalizeBurmese(s: string): string {
  return fixMyanmarLetterForms(reorderMyanmarClusters(fixMyanmarLookalikeDigits(s)));
}

/**
 * Apply a rule set until nothing changes (a swap can create a new duplicate and vice versa);
 * bounded, since pathological input must not loop. This is what makes normalizeText idempotent.
 */
function untilStable(rules: (s: string) => string, s: string): string {
  for (let i = 0; i < 4; i++) {
    const next = rules(s);
    if (next === s) return s;
    s = next;
  }
  return s;
}

const NATIVE_DIGIT_ZERO = [0x0e50 /* Thai */, 0x0ed0 /* Lao */, 0x17e0 /* Khmer */, 0x1040 /* Myanmar */];
const NATIVE_DIGITS = /[\u0E50-\u0E59\u0ED0-\u0ED9\u17E0-\u17E9\u1040-\u1049]/g;

function toAsciiDigits(s: string): string {
  return s.replace(NATIVE_DIGITS, (d) => {
    const c = d.charCodeAt(0);
    for (const zero of NATIVE_DIGIT_ZERO) if (c >= zero && c <= zero + 9) return String(c - zero);
    return d;
  });
}

/**
 * Normalise text for indexing and matching. Idempotent: normalizeText(normalizeText(x)) === normalizeText(x).
 * - NFKC: full-width and compatibility forms become plain ones ("ＴＲＬ９" → "TRL9", "ﬁ" → "fi", "H₂O" → "H2O").
 * - Invisible characters removed (see INVISIBLE, JOINER_NOT_NEEDED).
 * - Script rules for Thai, Lao, Khmer and Burmese (functions above).
 * - Native digits → ASCII (option `asciiDigits`, default on).
 * - Lower case, locale-independent ("İ" becomes "i", no Turkish dotless-i rules).
 * - Runs of whitespace become one space; leading and trailing whitespace removed.
 */
export function normalizeText(input: string, options: NormalizeOptions = {}): string {
  let s = input.normalize('NFKC');
  s = s.replace(INVISIBLE, '').replace(JOINER_NOT_NEEDED, '');
  if (/[\u0E00-\u0E7F]/.test(s)) s = untilStable(normalizeThai, s);
  if (/[\u0E80-\u0EFF]/.test(s)) s = untilStable(normalizeLao, s);
  if (/[\u1780-\u17FF]/.test(s)) s = untilStable(normalizeKhmer, s);
  if (/[\u1000-\u109F]/.test(s)) s = untilStable(normalizeBurmese, s);
  if (options.asciiDigits !== false) s = toAsciiDigits(s);
  s = s.replace(/\u0130/g, 'i').toLowerCase();
  return s.replace(/\s+/g, ' ').trim();
}
