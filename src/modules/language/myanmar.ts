/**
 * Myanmar-script helpers shared by Unicode normalisation (normalize.ts) and Zawgyi conversion
 * (zawgyi.ts): syllable-cluster reordering into Unicode storage order, and fixes for letters
 * that are routinely typed with look-alike characters.
 *
 * Unicode storage order inside one cluster (Unicode Technical Note #11):
 *   [kinzi: င ် ္] consonant [္ + consonant (stacked)] ျ ြ ွ ှ ေ (ိ ီ ဲ) (ု ူ) (ါ ာ) ံ ့ ် း
 * Zawgyi stores what it displays, left to right: ေ and the ya-yit ြ come *before* the consonant,
 * kinzi after it, and marks in whatever order the typist used. Unicode-encoded text typed on
 * permissive keyboards has the second problem (marks out of order) but not the first.
 */

/** U+1064 is used inside the converter as the marker "kinzi belongs to this cluster". */
export const KINZI_MARKER = '\u1064';
const KINZI_UNICODE = '\u1004\u103A\u1039';

/** Sort key of each dependent mark (lower = stored earlier). Stacked consonants are "\u1039X". */
const MARK_WEIGHT: Record<string, number> = {
  '\u103B': 20, // medial ya  ျ
  '\u103C': 30, // medial ra  ြ
  '\u103D': 40, // medial wa  ွ
  '\u103E': 50, // medial ha  ှ
  '\u1031': 60, // vowel e    ေ
  '\u102D': 70, // vowel i    ိ
  '\u102E': 70, // vowel ii   ီ
  '\u1032': 70, // vowel ai   ဲ
  '\u102F': 80, // vowel u    ု
  '\u1030': 80, // vowel uu   ူ
  '\u102B': 90, // tall aa    ါ
  '\u102C': 90, // aa         ာ
  '\u1036': 100, // anusvara  ံ
  '\u1037': 110, // dot below ့
  '\u103A': 120, // asat      ်
  '\u1038': 130, // visarga   း
};
const STACK_WEIGHT = 10;

/** Consonants (incl. great sa) that can carry marks or be stacked. */
export function isMyanmarConsonant(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x1000 && c <= 0x1021) || c === 0x103f;
}

/** Characters that start a cluster: consonants, independent vowels, digits, ၌ ၍ ၎ ၏. */
function isBase(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x1000 && c <= 0x102a) || c === 0x103f || (c >= 0x1040 && c <= 0x1049) || (c >= 0x104c && c <= 0x104f);
}

/** Dependent marks the reorderer knows how to place (U+1039 is handled separately). */
function isMark(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x102b && c <= 0x1038) || (c >= 0x103a && c <= 0x103e);
}

interface Cluster {
  kinzi: boolean;
  base: string;
  marks: string[];
}

/**
 * ကျွန်ုပ် ("I") is spelled with asat *before* u (န ် ု): the one standard exception to the
 * order above, so asat + u typed together move as one unit, in the place of u.
 */
const ASAT_U = '\u103A\u102F';

function unitWeight(m: string): number | undefined {
  if (m === ASAT_U) return MARK_WEIGHT['\u102F'];
  if (m.length === 2) return STACK_WEIGHT;
  return MARK_WEIGHT[m];
}

function emitCluster(c: Cluster): string {
  // merge asat + u into one unit (see ASAT_U)
  const units: string[] = [];
  for (const m of c.marks) {
    const last = units[units.length - 1];
    if (m === '\u102F' && last === ASAT_U) continue; // န်ုု: u typed twice
    if (m === '\u102F' && last === '\u103A') units[units.length - 1] = ASAT_U;
    else units.push(m);
  }
  const known = units.every((m) => unitWeight(m) !== undefined);
  let marks = units;
  if (known) {
    const weight = (m: string) => unitWeight(m)!;
    marks = units
      .map((m, i) => ({ m, i }))
      .sort((a, b) => weight(a.m) - weight(b.m) || a.i - b.i)
      .map((x) => x.m)
      // a mark typed twice (ုု, ့့) displays once: keep one
      .filter((m, i, arr) => i === 0 || arr[i - 1] !== m);
  }
  return (c.kinzi ? KINZI_UNICODE : '') + c.base + marks.join('');
}

/**
 * Put the marks of each syllable cluster into Unicode storage order.
 * With `zawgyiOrder`, ေ (U+1031) and ya-yit (U+103C, already mapped from Zawgyi U+103B) are
 * taken as typed *before* their consonant, and KINZI_MARKER after it (Zawgyi visual order).
 * A ေ that is followed by a mark instead of a consonant was typed after its consonant
 * (Unicode habit in Zawgyi text: ရ ေ ွ) and goes back to the previous cluster.
 * Clusters holding a mark without a known position (e.g. Mon or Shan signs) are left as typed.
 */
export function reorderMyanmarClusters(s: string, zawgyiOrder = false): string {
  let out = '';
  let cur: Cluster | null = null;
  /** Zawgyi only: ေ / ya-yit (and stray marks after them) waiting for their consonant. */
  let pending: string[] = [];
  const flushAll = () => {
    if (cur) out += emitCluster(cur);
    cur = null;
    out += pending.join('');
    pending = [];
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (isBase(ch)) {
      if (cur) out += emitCluster(cur);
      cur = { kinzi: false, base: ch, marks: pending };
      pending = [];
      continue;
    }
    if (ch === '\u1039' && isMyanmarConsonant(s[i + 1])) {
      // Unicode kinzi (င ် ္ + consonant): the next consonant starts its own cluster.
      if (cur && !zawgyiOrder && cur.marks.length === 1 && cur.marks[0] === '\u103A') {
        flushAll();
        out += ch;
        continue;
      }
      if (cur && pending.length === 0) {
        cur.marks.push(ch + s[i + 1]);
        i++;
        continue;
      }
      flushAll();
      out += ch;
      continue;
    }
    if (zawgyiOrder && (ch === '\u1031' || ch === '\u103C')) {
      pending.push(ch);
      continue;
    }
    if (zawgyiOrder && ch === KINZI_MARKER) {
      if (cur && pending.length === 0) cur.kinzi = true;
      else {
        flushAll();
        out += KINZI_UNICODE;
      }
      continue;
    }
    if (isMark(ch)) {
      if (cur && pending.length === 0) {
        cur.marks.push(ch);
        continue;
      }
      if (cur && pending.every((p) => p === '\u1031')) {
        // ေ typed after its consonant
        cur.marks.push(...pending, ch);
        pending = [];
        continue;
      }
      if (pending.length > 0) {
        // stray mark between a prefix and its consonant: keep it with that consonant
        pending.push(ch);
        continue;
      }
    }
    flushAll();
    out += ch;
  }
  flushAll();
  return out;
}

/**
 * Letters typed with look-alike digits, the classic Burmese input mistakes (both encodings):
 * - ၀ (digit zero) for ဝ (wa): "ဘ၀", "၀န်ကြီး" — when it touches Myanmar letters and no other digit;
 * - ၇ (digit seven) for ရ (ra): only when a dependent mark follows (digits never carry marks);
 * - ၄င်း (digit four) for ၎င်း.
 */
export function fixMyanmarLookalikeDigits(s: string): string {
  return s
    .replace(/(?<![\u1040-\u1049])\u1040(?=[\u1000-\u103F])/g, '\u101D')
    .replace(/(?<=[\u1000-\u103F])\u1040(?![\u1040-\u1049])/g, '\u101D')
    .replace(/(?<![\u1040-\u1049])\u1047(?=[\u102B-\u103E])/g, '\u101B')
    .replace(/\u1044(?=\u1004\u103A\u1038)/g, '\u104E');
}

/**
 * Clean-ups after reordering, valid for Unicode text from either source:
 * - ဥ (U+1025) typed for ဉ (U+1009) before asat or aa: ဥ် → ဉ်, ဥာ → ဉာ (as in ဉာဏ်);
 * - ဥ + ီ → ဦ (U+1026, also what NFC does);
 * - စ + ျ typed for ဈ (U+1008): "စျေး" → "ဈေး".
 */
export function fixMyanmarLetterForms(s: string): string {
  return s
    .replace(/\u1025(?=[\u103A\u102C])/g, '\u1009')
    .replace(/\u1025\u102E/g, '\u1026')
    .replace(/\u1005\u103B/g, '\u1008');
}
