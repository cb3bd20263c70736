import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useEnumLabels } from '../../i18n/enum-labels.ts';
import type { FieldTaxonomy } from '../../api/taxonomy.ts';
import { LOCALES, NETWORK_COUNTRIES, ORGANIZATION_TYPES, TRANSFER_MODES, type ListingKind } from '../../lib/enums.ts';

export const FILTER_KEYS = ['q', 'country', 'field', 'trlMin', 'trlMax', 'mode', 'orgType', 'lang', 'sort'] as const;
const TRLS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** The filter panel; every change is written to the URL query so a filtered list can be shared. */
export function ListingFilters({
  kind,
  params,
  onChange,
  fields,
}: {
  kind: ListingKind;
  params: URLSearchParams;
  onChange(next: Record<string, string>): void;
  fields: FieldTaxonomy | null;
}) {
  const { t, fmt } = useI18n();
  const labels = useEnumLabels();
  const [q, setQ] = useState(params.get('q') ?? '');
  const get = (k: string) => params.get(k) ?? '';
  const set = (k: string) => (e: { target: { value: string } }) => onChange({ [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim() });
  };
  const countries = [...NETWORK_COUNTRIES].sort((a, b) => fmt.country(a).localeCompare(fmt.country(b)));
  const active = FILTER_KEYS.some((k) => k !== 'sort' && params.get(k));

  return (
    <div className="filters">
      <form role="search" className="search-row" onSubmit={submit}>
        <label htmlFor="f-q" className="visually-hidden">
          {t('filters.keyword')}
        </label>
        <input id="f-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('filters.keywordPlaceholder')} />
        <button type="submit" className="btn primary">
          {t('filters.search')}
        </button>
      </form>
      <details className="filter-panel" open={active || undefined}>
        <summary>{t('filters.more')}</summary>
        <div className="filter-grid">
          <div className="field">
            <label htmlFor="f-country">{t('filters.country')}</label>
            <select id="f-country" value={get('country')} onChange={set('country')}>
              <option value="">{t('filters.any')}</option>
              {countries.map((c) => (
                <option key={c} value={c}>
                  {fmt.country(c)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-field">{t('filters.field')}</label>
            <select id="f-field" value={get('field')} onChange={set('field')}>
              <option value="">{t('filters.any')}</option>
              {fields?.tree.map((top) => (
                <optgroup key={top.code} label={top.label}>
                  <option value={top.code}>{t('filters.allOf', { field: top.label })}</option>
                  {top.children.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-trlmin">{t('filters.trlMin')}</label>
            <select id="f-trlmin" value={get('trlMin')} onChange={set('trlMin')}>
              <option value="">{t('filters.any')}</option>
              {TRLS.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-trlmax">{t('filters.trlMax')}</label>
            <select id="f-trlmax" value={get('trlMax')} onChange={set('trlMax')}>
              <option value="">{t('filters.any')}</option>
              {TRLS.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-mode">{kind === 'offer' ? t('filters.transferMode') : t('filters.cooperationMode')}</label>
            <select id="f-mode" value={get('mode')} onChange={set('mode')}>
              <option value="">{t('filters.any')}</option>
              {TRANSFER_MODES.map((m) => (
                <option key={m} value={m}>
                  {labels.mode[m]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-orgtype">{t('filters.orgType')}</label>
            <select id="f-orgtype" value={get('orgType')} onChange={set('orgType')}>
              <option value="">{t('filters.any')}</option>
              {ORGANIZATION_TYPES.map((o) => (
                <option key={o} value={o}>
                  {labels.orgType[o]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-lang">{t('filters.language')}</label>
            <select id="f-lang" value={get('lang')} onChange={set('lang')}>
              <option value="">{t('filters.any')}</option>
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {fmt.language(l)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {active ? (
          <button
            type="button"
            className="btn subtle"
            onClick={() => {
              setQ('');
              onChange(Object.fromEntries(FILTER_KEYS.filter((k) => k !== 'sort').map((k) => [k, ''])));
            }}
          >
            {t('filters.clear')}
          </button>
        ) : null}
      </details>
    </div>
  );
}
