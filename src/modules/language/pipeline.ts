import { detectLanguage } from './detect-language.ts';
import { LATIN_SCRIPT_LANGS, toLangCode, type LangCode } from './lang.ts';
import { normalizeText } from './normalize.ts';
import { segmentNormalized } from './segment.ts';
import { isStopword } from './stopwords.ts';
import { toUnicodeBurmese } from './zawgyi.ts';

/**
 * The single entry point for indexers and search queries: the same call on both sides makes
 * documents and queries comparable.
 *
 *   text ─▶ Zawgyi → Unicode (if detected) ─▶ normalizeText ─▶ language (given or detected)
 *        ─▶ segment (Intl.Segmenter, chunked) ─▶ drop stop words ─▶ tokens, latinTokens
 */

export interface AnalyzeOptions {
  /** Language of the text when known (BCP 47, e.g. "zh-CN", "th"); detected otherwise. */
  lang?: string;
  /** Add overlapping Han bigrams after the words of each Han run (see segment.ts). Default false. */
  cjkBigrams?: boolean;
  /** Keep stop words (e.g. for phrase queries that must match positions exactly). Default false. */
  keepStopwords?: boolean;
}

export interface Analysis {
  /** The language used for segmentation and stop words: the given one, or the detected one. */
  lang: LangCode;
  /** 1 when the language was given, else the detector's confidence (0..1). */
  langConfidence: number;
  /** Normalised text: Unicode Burmese, NFKC, lower case, script clean-ups, single spaces. */
  text: string;
  /** Word tokens in text order, stop words removed. */
  tokens: string[];
  /**
   * Tokens in Latin script and/or digits: names, numbers, chemical formulas, acronyms, model
   * numbers — signals that cross languages unchanged. For English, Vietnamese, Indonesian,
   * Malay and Filipino this is every token.
   */
  latinTokens: string[];
}

/** A token made of Latin letters and/or digits (and the marks and joiners they carry). */
const LATIN_TOKEN = /^(?=.*[\p{Script=Latin}0-9])[\p{Script=Latin}\p{M}0-9.,'’_-]+$/u;

export function isLatinToken(token: string): boolean {
  return LATIN_TOKEN.test(token);
}

/** Normalise, segment and filter `text` for indexing or searching. */
export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  const unicode = toUnicodeBurmese(input);
  const text = normalizeText(unicode);
  const given = toLangCode(options.lang);
  const guess = given ? { lang: given, confidence: 1 } : detectLanguage(text);
  const lang = guess.lang;

  const all = segmentNormalized(text, lang, { cjkBigrams: options.cjkBigrams === true });
  const latinLang = LATIN_SCRIPT_LANGS.has(lang);
  const tokens = options.keepStopwords
    ? all
    : all.filter((t) => {
        if (isStopword(t, lang)) return false;
        // English words inside Thai, Chinese… text: drop English function words too
        if (!latinLang && isLatinToken(t) && isStopword(t, 'en')) return false;
        return true;
      });
  return {
    lang,
    langConfidence: guess.confidence,
    text,
    tokens,
    latinTokens: tokens.filter(isLatinToken),
  };
}
