import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { ListingSummary, Page } from '../../api/types.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { isOperator, useSession } from '../../api/session.tsx';
import { useFields, fieldLabel } from '../../api/taxonomy.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { PageHeader, SignInRequired, VerifiedBadge, useTitle, NotFoundBody } from '../../components/bits.tsx';
import { ListFooter } from '../../components/LoadMore.tsx';
import { L } from '../../components/links.tsx';
import { NETWORK_COUNTRIES } from '../../lib/enums.ts';
import { ModerationActions } from './ModerationActions.tsx';
import { OperatorNav } from './OperatorNav.tsx';
import { ListingAttributes } from '../catalog/ListingAttributes.tsx';
import { kindPath, teaser } from '../catalog/listing-helpers.ts';

/** Submitted listings from organisations in the operator's countries, oldest first. */
export function ModerationQueuePage() {
  const { t, fmt, locale } = useI18n();
  const { user, loaded } = useSession();
  const fields = useFields(locale);
  const [kind, setKind] = useState('');
  const [country, setCountry] = useState('');
  const list = useCursorList(
    (cursor) => api.get<Page<ListingSummary>>('/moderation/queue', { kind, country, cursor: cursor ?? undefined, locale }),
    `${kind}|${country}|${locale}|${user?.id ?? ''}`,
  );
  useTitle(t('moderation.queueTitle'));
  if (loaded && !user) return <SignInRequired />;
  if (loaded && !isOperator(user)) return <NotFoundBody />;
  const countries = user?.isAdmin ? [...NETWORK_COUNTRIES] : (user?.operatorCountries ?? []);

  return (
    <section className="page">
      <PageHeader title={t('moderation.queueTitle')} />
      <OperatorNav />
      <div className="filter-grid compact">
        <div className="field">
          <label htmlFor="m-kind">{t('dashboard.kind')}</label>
          <select id="m-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('filters.any')}</option>
            <option value="offer">{t('listing.kindOffer')}</option>
            <option value="request">{t('listing.kindRequest')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="m-country">{t('filters.country')}</label>
          <select id="m-country" value={country} onChange={(e) => setCountry(e.target.value)}>
            <option value="">{t('filters.any')}</option>
            {countries.map((c) => (
              <option key={c} value={c}>
                {fmt.country(c)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ul className="plain queue">
        {list.items.map((l) => (
          <li key={l.id} className="card">
            <h2 className="h3">
              <L to={`${kindPath(l.kind)}/${l.id}`}>
                <span lang={l.text.lang}>{l.text.title}</span>
              </L>
            </h2>
            <p className="muted small">
              {l.kind === 'offer' ? t('listing.kindOffer') : t('listing.kindRequest')} ·{' '}
              {l.organization ? (
                <>
                  {l.organization.name} <VerifiedBadge verified={l.organization.verified} /> · {fmt.country(l.organization.country)}
                </>
              ) : null}{' '}
              · {t('moderation.submitted', { date: fmt.dateTime(l.submittedAt ?? l.updatedAt) })}
            </p>
            <p lang={l.text.lang}>{teaser(l.text)}</p>
            <details>
              <summary>{t('listing.details')}</summary>
              <ListingAttributes listing={l} fieldName={(c) => fieldLabel(fields, c)} />
            </details>
            <ModerationActions listingId={l.id} onDone={() => list.setItems(list.items.filter((x) => x.id !== l.id))} />
          </li>
        ))}
      </ul>
      <ListFooter loading={list.loading} error={list.error} hasMore={list.hasMore} count={list.items.length} more={list.more} retry={list.reload} />
    </section>
  );
}
