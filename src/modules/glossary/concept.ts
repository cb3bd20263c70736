/**
 * A glossary concept: one technical idea with its terms in all ten languages. Data files
 * store each concept as one compact row so the glossary stays readable in review:
 *   [id, field, en, zh-CN, th, vi, id, ms, fil, lo, km, my]
 * where each term cell holds the preferred term first and synonyms after '|'.
 * Concept ids are stable slugs; the field is a taxonomy code (or 'general').
 */
export const GLOSSARY_LANGS = ['en', 'zh-CN', 'th', 'vi', 'id', 'ms', 'fil', 'lo', 'km', 'my'] as const;
export type GlossaryLang = (typeof GLOSSARY_LANGS)[number];

export type ConceptRow = readonly [
  id: string,
  field: string,
  en: string,
  zhCN: string,
  th: string,
  vi: string,
  id_: string,
  ms: string,
  fil: string,
  lo: string,
  km: string,
  my: string,
];

export interface Concept {
  id: string;
  field: string;
  terms: Record<GlossaryLang, string[]>;
}

export function parseConceptRow(row: ConceptRow): Concept {
  const [id, field, ...cells] = row;
  const terms = {} as Record<GlossaryLang, string[]>;
  GLOSSARY_LANGS.forEach((lang, i) => {
    terms[lang] = cells[i]
      .split('|')
      .map((t) => t.trim())
      .filter(Boolean);
  });
  return { id, field, terms };
}
