/**
 * Language codes of the text pipeline. These are the primary subtags of the platform's
 * content locales (zh-CN is "zh" here); `toLangCode` maps any BCP 47 tag onto them.
 * The module depends on nothing else in the project, so the list is kept here.
 */
export const LANG_CODES = ['zh', 'en', 'th', 'vi', 'id', 'ms', 'fil', 'lo', 'km', 'my'] as const;
export type LangCode = (typeof LANG_CODES)[number];

const ALIASES: Record<string, LangCode> = {
  tl: 'fil', // Tagalog, the base of Filipino
  in: 'id', // legacy ISO 639 code for Indonesian
  zsm: 'ms', // Standard Malay
  bur: 'my',
  mya: 'my',
  cmn: 'zh',
};

/** "zh-CN" → "zh", "en-US" → "en", "tl" → "fil"; undefined for anything outside the ten languages. */
export function toLangCode(tag: string | undefined | null): LangCode | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if ((LANG_CODES as readonly string[]).includes(primary)) return primary as LangCode;
  return ALIASES[primary];
}

/** Languages written in Latin script (tokens of these are all "Latin tokens"). */
export const LATIN_SCRIPT_LANGS: ReadonlySet<LangCode> = new Set<LangCode>(['en', 'vi', 'id', 'ms', 'fil']);
