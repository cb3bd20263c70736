/**
 * Localized labels for the field taxonomy and the closed vocabularies, in all ten locales.
 * Each locale's translations live in labels/<locale>.ts; this module stitches them together.
 */
import { ALL_FIELD_CODES } from './field-codes.ts';
import {
  IP_STATUSES,
  LOCALES,
  MEMBER_ROLES,
  ORGANIZATION_TYPES,
  REQUEST_VISIBILITIES,
  TRANSFER_MODES,
  type Locale,
} from './enums.ts';
import zhCN, { enumLabels as zhCNEnums } from './labels/zh-CN.ts';
import en, { enumLabels as enEnums } from './labels/en.ts';
import th, { enumLabels as thEnums } from './labels/th.ts';
import vi, { enumLabels as viEnums } from './labels/vi.ts';
import id, { enumLabels as idEnums } from './labels/id.ts';
import ms, { enumLabels as msEnums } from './labels/ms.ts';
import fil, { enumLabels as filEnums } from './labels/fil.ts';
import lo, { enumLabels as loEnums } from './labels/lo.ts';
import km, { enumLabels as kmEnums } from './labels/km.ts';
import my, { enumLabels as myEnums } from './labels/my.ts';

/** The closed vocabularies that carry display labels, by kind. */
export const ENUM_VALUES = {
  organizationType: ORGANIZATION_TYPES,
  ipStatus: IP_STATUSES,
  transferMode: TRANSFER_MODES,
  requestVisibility: REQUEST_VISIBILITIES,
  memberRole: MEMBER_ROLES,
} as const;
export type EnumKind = keyof typeof ENUM_VALUES;
export type EnumValue<K extends EnumKind> = (typeof ENUM_VALUES)[K][number];
export const ENUM_KINDS = Object.keys(ENUM_VALUES) as EnumKind[];

/** One locale's enum labels; the type makes a missing value a compile error. */
export type LocaleEnumLabels = { [K in EnumKind]: Record<EnumValue<K>, string> };

/** The raw per-locale tables, as written in labels/<locale>.ts (no fallbacks applied). */
export const LABEL_TABLES: Record<Locale, { fields: Record<string, string>; enums: LocaleEnumLabels }> = {
  'zh-CN': { fields: zhCN, enums: zhCNEnums },
  en: { fields: en, enums: enEnums },
  th: { fields: th, enums: thEnums },
  vi: { fields: vi, enums: viEnums },
  id: { fields: id, enums: idEnums },
  ms: { fields: ms, enums: msEnums },
  fil: { fields: fil, enums: filEnums },
  lo: { fields: lo, enums: loEnums },
  km: { fields: km, enums: kmEnums },
  my: { fields: my, enums: myEnums },
};

function byLocale(pick: (locale: Locale) => string | undefined, fallback: string): Record<Locale, string> {
  const english = pick('en') || fallback;
  const out = {} as Record<Locale, string>;
  for (const locale of LOCALES) out[locale] = pick(locale) || english;
  return out;
}

/** Field code → locale → label. A missing translation falls back to English. */
export const FIELD_LABELS: Record<string, Record<Locale, string>> = Object.fromEntries(
  ALL_FIELD_CODES.map((code) => [code, byLocale((l) => LABEL_TABLES[l].fields[code], code)]),
);

/** Enum kind → value → locale → label. A missing translation falls back to English. */
export const ENUM_LABELS = Object.fromEntries(
  ENUM_KINDS.map((kind) => [
    kind,
    Object.fromEntries(
      ENUM_VALUES[kind].map((value) => [
        value,
        byLocale((l) => (LABEL_TABLES[l].enums[kind] as Record<string, string>)[value], value),
      ]),
    ),
  ]),
) as { [K in EnumKind]: Record<EnumValue<K>, Record<Locale, string>> };

/** The label of a field code in a locale; unknown codes come back unchanged. */
export function fieldLabel(code: string, locale: Locale): string {
  return Object.hasOwn(FIELD_LABELS, code) ? FIELD_LABELS[code][locale] : code;
}

/** The label of a closed-vocabulary value in a locale; unknown values come back unchanged. */
export function enumLabel<K extends EnumKind>(kind: K, value: EnumValue<K>, locale: Locale): string {
  const labels = ENUM_LABELS[kind] as Record<string, Record<Locale, string>>;
  return Object.hasOwn(labels, value) ? labels[value][locale] : value;
}
