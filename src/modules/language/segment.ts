import { toLangCode } from './lang.ts';
import { normalizeText } from './normalize.ts';

/**
 * Word segmentation with ICU through Intl.Segmenter. PostgreSQL has no parser for Thai, Lao,
 * Khmer, Burmese or Chinese, so documents and queries are both segmented here and stored /
 * searched as space-separated tokens (to_tsvector('simple', …)).
 *
 * ICU picks its dictionary break engine by script, so the locale matters little; it is passed
 * anyway. Segmentation time grows faster than length on long strings, so text is cut into
 * chunks of at most `maxChunk` characters at whitespace (or punctuation) first: ICU never
 * joins words across whitespace, so the tokens are the same as for the whole string.
 */

export interface SegmentOptions {
  /**
   * Also emit overlapping character bigrams for each run of Han characters (after the words
   * of that run). Dictionary segmentation of technical Chinese is brittle ("制备" can come out
   * as "制" + "备"); bigrams still match. Default false.
   */
  cjkBigrams?: boolean;
  /** Longest piece handed to ICU at once (default 2,000 characters). */
  maxChunk?: number;
}

export const DEFAULT_MAX_CHUNK = 2000;

/** Locale for Intl.Segmenter: zh-CN → zh, tl → fil, unknown → und (root rules still apply). */
export function segmenterLocale(lang?: string): string {
  return toLangCode(lang) ?? 'und';
}

const SEGMENTERS = new Map<string, Intl.Segmenter>();

/** One Intl.Segmenter per locale, created on first use (construction costs far more than use). */
export function wordSegmenter(lang?: string): Intl.Segmenter {
  const locale = segmenterLocale(lang);
  let seg = SEGMENTERS.get(locale);
  if (!seg) {
    seg = new Intl.Segmenter(locale, { granularity: 'word' });
    SEGMENTERS.set(locale, seg);
  }
  return seg;
}

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * Cut `text` into consecutive pieces of at most `max` characters (joined they give `text` back).
 * A cut goes after the last whitespace in the second half of the window, else after the last
 * punctuation mark there, else at the last word boundary ICU finds in the first three quarters
 * of the window, else at `max` (a single "word" longer than the window). Never inside a
 * surrogate pair.
 */
export function splitIntoChunks(text: string, max = DEFAULT_MAX_CHUNK, lang?: string): string[] {
  if (text.length <= max) return text.length ? [text] : [];
  const chunks: string[] = [];
  let start = 0;
  while (text.length - start > max) {
    const end = start + max;
    const minCut = start + Math.floor(max / 2);
    let cut = -1;
    for (let i = end; i > minCut; i--) {
      if (WHITESPACE.test(text[i - 1]!)) {
        cut = i;
        break;
      }
    }
    if (cut < 0) {
      for (let i = end; i > minCut; i--) {
        if (PUNCTUATION.test(text[i - 1]!)) {
          cut = i;
          break;
        }
      }
    }
    if (cut < 0) {
      // ICU's boundaries near the end of a truncated window are unreliable (the dictionary
      // engine looks ahead), so only a boundary at least a quarter window back is used.
      const safeEnd = max - Math.floor(max / 4);
      let last = -1;
      for (const s of wordSegmenter(lang).segment(text.slice(start, end))) {
        if (s.index > safeEnd) break;
        if (s.index > 0) last = s.index;
      }
      if (last > 0) cut = start + last;
    }
    if (cut < 0) cut = end;
    if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '') && cut - 1 > start) cut -= 1;
    chunks.push(text.slice(start, cut));
    start = cut;
  }
  if (start < text.length) chunks.push(text.slice(start));
  return chunks;
}

const HAN_RUN = /\p{Script=Han}{2,}/gu;

/** Overlapping bigrams of the Han runs in `s`, with their offsets. */
function hanBigrams(s: string): { index: number; token: string }[] {
  const out: { index: number; token: string }[] = [];
  for (const m of s.matchAll(HAN_RUN)) {
    const chars = [...m[0]];
    let offset = m.index;
    for (let i = 0; i + 1 < chars.length; i++) {
      out.push({ index: offset, token: chars[i]! + chars[i + 1]! });
      offset += chars[i]!.length;
    }
  }
  return out;
}

function segmentChunk(chunk: string, seg: Intl.Segmenter, cjkBigrams: boolean): string[] {
  const words: { index: number; token: string }[] = [];
  for (const s of seg.segment(chunk)) {
    if (s.isWordLike) words.push({ index: s.index, token: s.segment });
  }
  if (!cjkBigrams || !/\p{Script=Han}/u.test(chunk)) return words.map((w) => w.token);
  // Each bigram goes after the word tokens that start at or before it, so order follows the
  // text; a bigram that is already a word token at the same place is not repeated.
  const seen = new Set(words.map((w) => `${w.index}:${w.token}`));
  const bigrams = hanBigrams(chunk).filter((g) => !seen.has(`${g.index}:${g.token}`));
  const out: string[] = [];
  let b = 0;
  for (const w of words) {
    while (b < bigrams.length && bigrams[b]!.index < w.index) out.push(bigrams[b++]!.token);
    out.push(w.token);
  }
  while (b < bigrams.length) out.push(bigrams[b++]!.token);
  return out;
}

/**
 * Word tokens of text that is already normalised (normalizeText): word-like ICU segments only
 * (letters, numbers, ideographs), no spaces or punctuation.
 */
export function segmentNormalized(text: string, lang?: string, options: SegmentOptions = {}): string[] {
  const seg = wordSegmenter(lang);
  const tokens: string[] = [];
  for (const chunk of splitIntoChunks(text, options.maxChunk ?? DEFAULT_MAX_CHUNK, lang)) {
    for (const t of segmentChunk(chunk, seg, options.cjkBigrams === true)) tokens.push(t);
  }
  return tokens;
}

/** Normalise `text` (normalizeText) and return its word tokens. Burmese must be Unicode already. */
export function segmentWords(text: string, lang?: string, options: SegmentOptions = {}): string[] {
  return segmentNormalized(normalizeText(text), lang, options);
}
