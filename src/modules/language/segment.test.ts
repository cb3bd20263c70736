import { describe, expect, it } from 'vitest';
import { segmentNormalized, segmenterLocale, segmentWords, splitIntoChunks, wordSegmenter } from './segment.ts';

describe('segmenterLocale', () => {
  it('maps platform locales to segmenter locales', () => {
    expect(segmenterLocale('zh-CN')).toBe('zh');
    expect(segmenterLocale('th')).toBe('th');
    expect(segmenterLocale('fil')).toBe('fil');
    expect(segmenterLocale('tl')).toBe('fil');
    expect(segmenterLocale(undefined)).toBe('und');
    expect(segmenterLocale('de')).toBe('und');
  });

  it('caches one segmenter per locale', () => {
    expect(wordSegmenter('zh-CN')).toBe(wordSegmenter('zh'));
    expect(wordSegmenter('th')).not.toBe(wordSegmenter('zh'));
  });
});

describe('segmentWords', () => {
  // phrases without spaces: the segmenter has to find the words
  const phrases: [string, string][] = [
    ['th', 'การพัฒนาเทคโนโลยีพลังงานแสงอาทิตย์'],
    ['lo', 'ການພັດທະນາເຕັກໂນໂລຊີກະສິກຳ'],
    ['km', 'ការអភិវឌ្ឍបច្ចេកវិទ្យាកសិកម្ម'],
    ['my', 'မြန်မာနိုင်ငံစိုက်ပျိုးရေးနည်းပညာ'],
    ['zh', '锂离子电池回收技术'],
  ];

  it.each(phrases)('%s: cuts a phrase into several words and loses nothing', (lang, phrase) => {
    const tokens = segmentWords(phrase, lang);
    expect(tokens.length).toBeGreaterThanOrEqual(3);
    expect(tokens.join('')).toBe(phrase);
  });

  it('keeps only word-like segments, normalised', () => {
    expect(segmentWords('Solar-powered pump, 2.5 kW (ＴＲＬ９)!', 'en')).toEqual(['solar', 'powered', 'pump', '2.5', 'kw', 'trl9']);
  });

  it('uses Unicode Burmese tokens', () => {
    expect(segmentWords('စိုက်ပျိုးရေး နည်းပညာ', 'my')).toEqual(['စိုက်ပျိုးရေး', 'နည်း', 'ပညာ']);
  });

  it('adds Han bigrams on request, after the words of the run, without repeating a word', () => {
    const words = segmentWords('电池制备', 'zh-CN');
    const withBigrams = segmentWords('电池制备', 'zh-CN', { cjkBigrams: true });
    for (const w of words) expect(withBigrams).toContain(w);
    expect(withBigrams).toContain('池制');
    expect(withBigrams).toContain('制备');
    expect(withBigrams.filter((t) => t === '电池')).toHaveLength(1);
    expect(segmentWords('solar 电池', 'zh', { cjkBigrams: true })[0]).toBe('solar');
  });
});

describe('chunking of long text', () => {
  const phrase = 'การพัฒนาเทคโนโลยีพลังงานแสงอาทิตย์สำหรับเกษตรกรรายย่อยในชนบท ';
  const longThai = phrase.repeat(Math.ceil(50_000 / phrase.length)).slice(0, 50_000);

  it('cuts at whitespace into pieces of at most 2,000 characters that join back to the text', () => {
    const chunks = splitIntoChunks(longThai);
    expect(chunks.length).toBeGreaterThanOrEqual(25);
    expect(chunks.every((c) => c.length <= 2000)).toBe(true);
    expect(chunks.join('')).toBe(longThai);
    expect(chunks.slice(0, -1).every((c) => c.endsWith(' '))).toBe(true);
  });

  it('segments 50,000 Thai characters in under a second, with the same tokens as unchunked', () => {
    const t0 = performance.now();
    const chunked = segmentNormalized(longThai, 'th');
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(1000);
    const whole = segmentNormalized(longThai, 'th', { maxChunk: Number.MAX_SAFE_INTEGER });
    expect(chunked).toEqual(whole);
  });

  it('falls back to punctuation, then to word boundaries, when there is no whitespace', () => {
    const cn = '锂离子电池回收技术，'.repeat(50);
    for (const c of splitIntoChunks(cn, 100)) expect(c.endsWith('，')).toBe(true);
    const noBreaks = 'การพัฒนาเทคโนโลยีพลังงานแสงอาทิตย์'.repeat(20);
    const chunks = splitIntoChunks(noBreaks, 100, 'th');
    expect(chunks.join('')).toBe(noBreaks);
    expect(chunks.every((c) => c.length <= 100)).toBe(true);
    // no word is cut in two: every token of the chunked run is a dictionary word of the phrase
    const vocabulary = new Set(segmentNormalized('การพัฒนาเทคโนโลยีพลังงานแสงอาทิตย์', 'th'));
    expect(segmentNormalized(noBreaks, 'th', { maxChunk: 100 }).every((t) => vocabulary.has(t))).toBe(true);
  });

  it('returns nothing for empty text', () => {
    expect(splitIntoChunks('')).toEqual([]);
    expect(segmentWords('   ')).toEqual([]);
  });
});
