import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { OrganizationSummary, Page } from '../../api/types.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { useSession } from '../../api/session.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useEnumLabels } from '../../i18n/enum-labels.ts';
import { PageHeader, useTitle } from '../../components/bits.tsx';
import { ListFooter } from '../../components/LoadMore.tsx';
import { L } from '../../components/links.tsx';
import { NETWORK_COUNTRIES, ORGANIZATION_TYPES } from '../../lib/enums.ts';
import { OrganizationCard } from './OrganizationCard.tsx';

const KEYS = ['q', 'country', 'type', 'verified', 'sort'] as const;

export function OrganizationListPage() {
  const { t, fmt, locale } = useI18n();
  const labels = useEnumLabels();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  useTitle(t('orgs.title'));
  const query: Record<string, string> = { locale, limit: '20' };
  for (const k of KEYS) if (params.get(k)) query[k] = params.get(k)!;
  const list = useCursorList(
    (cursor) => api.get<Page<OrganizationSummary>>('/organizations', { ...query, cursor: cursor ?? undefined }),
    JSON.stringify(query),
  );
  const update = (k: string, v: string) => {
    const p = new URLSearchParams(params);
    if (v) p.set(k, v);
    else p.delete(k);
    setParams(p);
  };
  const get = (k: string) => params.get(k) ?? '';

  return (
    <section className="page">
      <PageHeader title={t('orgs.title')}>
        {user ? (
          <L to="/organizations/new" className="btn primary">
            {t('org.create')}
          </L>
        ) : null}
      </PageHeader>
      <p className="lead">{t('orgs.lead')}</p>
      <div className="filters">
        <form
          role="search"
          className="search-row"
          onSubmit={(e) => {
            e.preventDefault();
            update('q', q.trim());
          }}
        >
          <label htmlFor="o-q" className="visually-hidden">
            {t('filters.keyword')}
          </label>
          <input id="o-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('orgs.searchPlaceholder')} />
          <button type="submit" className="btn primary">
            {t('filters.search')}
          </button>
        </form>
        <div className="filter-grid compact">
          <div className="field">
            <label htmlFor="o-country">{t('filters.country')}</label>
            <select id="o-country" value={get('country')} onChange={(e) => update('country', e.target.value)}>
              <option value="">{t('filters.any')}</option>
              {NETWORK_COUNTRIES.map((c) => (
                <option key={c} value={c}>
                  {fmt.country(c)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="o-type">{t('filters.orgType')}</label>
            <select id="o-type" value={get('type')} onChange={(e) => update('type', e.target.value)}>
              <option value="">{t('filters.any')}</option>
              {ORGANIZATION_TYPES.map((o) => (
                <option key={o} value={o}>
                  {labels.orgType[o]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="o-sort">{t('filters.sort')}</label>
            <select id="o-sort" value={get('sort') || 'name'} onChange={(e) => update('sort', e.target.value === 'name' ? '' : e.target.value)}>
              <option value="name">{t('sort.name')}</option>
              <option value="newest">{t('sort.newest')}</option>
            </select>
          </div>
          <label className="check align-end">
            <input type="checkbox" checked={get('verified') === 'true'} onChange={(e) => update('verified', e.target.checked ? 'true' : '')} />
            <span>{t('orgs.verifiedOnly')}</span>
          </label>
        </div>
      </div>
      <div className="card-list">
        {list.items.map((o) => (
          <OrganizationCard key={o.id} org={o} />
        ))}
      </div>
      <ListFooter loading={list.loading} error={list.error} hasMore={list.hasMore} count={list.items.length} more={list.more} retry={list.reload} />
    </section>
  );
}
