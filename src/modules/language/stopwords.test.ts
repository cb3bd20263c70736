import { describe, expect, it } from 'vitest';
import { LANG_CODES } from './lang.ts';
import { normalizeText } from './normalize.ts';
import { segmentNormalized } from './segment.ts';
import { isStopword, stopwordsFor } from './stopwords.ts';

describe('stop words', () => {
  it('has a list for every language', () => {
    for (const lang of LANG_CODES) expect(stopwordsFor(lang).size).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['en', 'the'],
    ['id', 'yang'],
    ['ms', 'daripada'],
    ['fil', 'ang'],
    ['vi', 'của'],
    ['th', 'และ'],
    ['lo', 'ແລະ'],
    ['km', 'និង'],
    ['my', 'သည်'],
    ['zh-CN', '的'],
  ])('%s: "%s" is a stop word', (lang, word) => {
    expect(isStopword(word, lang)).toBe(true);
  });

  it('does not list content words', () => {
    expect(isStopword('solar', 'en')).toBe(false);
    expect(isStopword('การ', 'th')).toBe(false);
    expect(isStopword('พลังงาน', 'th')).toBe(false);
    expect(isStopword('电池', 'zh')).toBe(false);
    expect(isStopword('công', 'vi')).toBe(false);
  });

  it('knows nothing about other languages', () => {
    expect(isStopword('der', 'de')).toBe(false);
    expect(stopwordsFor('xx').size).toBe(0);
  });

  it('holds entries as the pipeline produces tokens: normalised, one segment each', () => {
    for (const lang of LANG_CODES) {
      for (const w of stopwordsFor(lang)) {
        expect(normalizeText(w)).toBe(w);
        expect(segmentNormalized(w, lang), `${lang}: ${w}`).toEqual([w]);
      }
    }
  });
});
