import type { Listing } from '../../api/types.ts';
import { toMajor, toMinor } from '../../i18n/format.ts';
import type { ListingKind } from '../../lib/enums.ts';
import { emptyText, textParts, type TextDraft } from './TextVersionsEditor.tsx';

/** Everything the listing form edits, as strings where the inputs hold strings. */
export interface ListingDraft {
  organizationId: string;
  originalLang: string;
  texts: TextDraft[];
  fields: string[];
  keywords: string;
  trl: string;
  ipStatus: string;
  patents: { number: string; jurisdiction: string }[];
  modes: string[];
  amount: string;
  amountMax: string;
  currency: string;
  negotiable: boolean;
  countries: string[];
  deadline: string;
  visibility: string;
  revision?: number;
}

export function newDraft(kind: ListingKind, locale: string, organizationId: string): ListingDraft {
  return {
    organizationId,
    originalLang: locale,
    texts: [emptyText(kind, locale)],
    fields: [],
    keywords: '',
    trl: kind === 'offer' ? '5' : '4',
    ipStatus: 'granted_patent',
    patents: [],
    modes: [],
    amount: '',
    amountMax: '',
    currency: 'USD',
    negotiable: true,
    countries: [],
    deadline: '',
    visibility: 'public',
  };
}

/** Builds the form state from a saved listing and all of its language versions. */
export function draftFromListing(l: Listing, versions: Listing['text'][]): ListingDraft {
  const kind = l.kind;
  const ordered = [...versions].sort((a, b) => (a.lang === l.originalLang ? -1 : b.lang === l.originalLang ? 1 : 0));
  const texts = ordered.map((v) => {
    const d = emptyText(kind, v.lang);
    for (const p of textParts(kind)) d[p] = (v as unknown as Record<string, string | undefined>)[p] ?? '';
    return d;
  });
  const base = {
    organizationId: l.organization?.id ?? '',
    originalLang: l.originalLang,
    texts,
    fields: l.fields,
    keywords: l.keywords.join(', '),
    revision: l.revision,
  };
  if (l.kind === 'offer') {
    const cur = l.price?.currency ?? 'USD';
    return {
      ...base,
      trl: String(l.trl),
      ipStatus: l.ipStatus ?? 'none',
      patents: l.patents ?? [],
      modes: l.transferModes,
      amount: l.price?.amount != null ? String(toMajor(l.price.amount, cur)) : '',
      amountMax: '',
      currency: cur,
      negotiable: l.price?.negotiable ?? false,
      countries: l.targetCountries,
      deadline: '',
      visibility: 'public',
    };
  }
  const cur = l.budget?.currency ?? 'USD';
  return {
    ...base,
    trl: String(l.minTrl),
    ipStatus: 'none',
    patents: [],
    modes: l.cooperationModes,
    amount: l.budget?.min != null ? String(toMajor(l.budget.min, cur)) : '',
    amountMax: l.budget?.max != null ? String(toMajor(l.budget.max, cur)) : '',
    currency: cur,
    negotiable: false,
    countries: l.neededCountries,
    deadline: l.deadline ?? '',
    visibility: l.visibility,
  };
}

const money = (v: string, currency: string): number | null => {
  const n = Number(v.replace(/[\s,]/g, ''));
  return v.trim() === '' || !Number.isFinite(n) ? null : toMinor(n, currency);
};

/** The API body for POST/PATCH, shaped as the catalog contract expects. */
export function draftToBody(kind: ListingKind, d: ListingDraft): Record<string, unknown> {
  const texts = d.texts.map((x) => ({ ...x }));
  const common = {
    organizationId: d.organizationId,
    originalLang: d.originalLang,
    texts,
    fields: d.fields,
    keywords: d.keywords
      .split(/[,，、;]/)
      .map((k) => k.trim())
      .filter(Boolean),
    ...(d.revision ? { revision: d.revision } : {}),
  };
  if (kind === 'offer') {
    return {
      ...common,
      trl: Number(d.trl),
      ipStatus: d.ipStatus,
      patents: d.patents.filter((p) => p.number.trim()),
      transferModes: d.modes,
      price: (() => {
        const amount = money(d.amount, d.currency);
        return { amount, currency: amount === null ? null : d.currency, negotiable: d.negotiable };
      })(),
      targetCountries: d.countries,
    };
  }
  const min = money(d.amount, d.currency);
  const max = money(d.amountMax, d.currency);
  return {
    ...common,
    minTrl: Number(d.trl),
    // One bound alone means an exact figure: the API wants both.
    budget: min === null && max === null ? null : { min: min ?? max, max: max ?? min, currency: d.currency },
    cooperationModes: d.modes,
    deadline: d.deadline || null,
    neededCountries: d.countries,
    visibility: d.visibility,
  };
}
