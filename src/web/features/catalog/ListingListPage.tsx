import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';
import type { ListingSummary, Page } from '../../api/types.ts';
import { useFields } from '../../api/taxonomy.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { PageHeader, useTitle } from '../../components/bits.tsx';
import { ListFooter } from '../../components/LoadMore.tsx';
import { L } from '../../components/links.tsx';
import { useSession } from '../../api/session.tsx';
import type { ListingKind } from '../../lib/enums.ts';
import { FILTER_KEYS, ListingFilters } from './ListingFilters.tsx';
import { ListingCard } from './ListingCard.tsx';
import { kindPath } from './listing-helpers.ts';

/** Offers or requests: filters and sort in the URL, "load more" with the API's cursor. */
export function ListingListPage({ kind }: { kind: ListingKind }) {
  const { t, locale } = useI18n();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const fields = useFields(locale);
  const title = kind === 'offer' ? t('offers.title') : t('requests.title');
  useTitle(title);

  const query: Record<string, string> = { locale, limit: '20' };
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) query[k] = v;
  }
  const list = useCursorList(
    (cursor) => api.get<Page<ListingSummary>>(kindPath(kind), { ...query, cursor: cursor ?? undefined }),
    `${kind}|${JSON.stringify(query)}`,
  );

  const update = (next: Record<string, string>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p);
  };

  return (
    <section className="page">
      <PageHeader title={title}>
        {user ? (
          <L to={`${kindPath(kind)}/new`} className="btn primary">
            {kind === 'offer' ? t('dashboard.createOffer') : t('dashboard.createRequest')}
          </L>
        ) : null}
      </PageHeader>
      <p className="lead">{kind === 'offer' ? t('offers.lead') : t('requests.lead')}</p>
      <ListingFilters key={params.get('q') ?? ''} kind={kind} params={params} onChange={update} fields={fields} />
      <div className="list-toolbar">
        <label htmlFor="sort">{t('filters.sort')}</label>
        <select id="sort" value={params.get('sort') ?? 'newest'} onChange={(e) => update({ sort: e.target.value === 'newest' ? '' : e.target.value })}>
          <option value="newest">{t('sort.newest')}</option>
          <option value="oldest">{t('sort.oldest')}</option>
          <option value="trl">{t('sort.trl')}</option>
          {kind === 'request' ? <option value="deadline">{t('sort.deadline')}</option> : null}
        </select>
      </div>
      <div className="card-list" aria-busy={list.loading}>
        {list.items.map((l) => (
          <ListingCard key={l.id} listing={l} fields={fields} />
        ))}
      </div>
      <ListFooter loading={list.loading} error={list.error} hasMore={list.hasMore} count={list.items.length} more={list.more} retry={list.reload} />
    </section>
  );
}
