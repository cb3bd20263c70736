import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { Listing, ListingSummary, Page } from '../../api/types.ts';
import { useSession } from '../../api/session.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useEnumLabels, label } from '../../i18n/enum-labels.ts';
import { Empty, ErrorState, Loading, PageHeader, SignInRequired, StatusBadge, VerifiedBadge, useTitle } from '../../components/bits.tsx';
import { L } from '../../components/links.tsx';
import { LISTING_STATUSES } from '../../lib/enums.ts';
import { useMyOrganizations } from '../organizations/use-my-orgs.ts';
import { ListingActions } from '../catalog/ListingActions.tsx';
import { kindPath } from '../catalog/listing-helpers.ts';

function MyListings() {
  const { t, fmt, locale } = useI18n();
  const labels = useEnumLabels();
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const res = useApi(() => api.get<Page<ListingSummary> | ListingSummary[]>('/me/listings', { kind, status, locale }), [kind, status, locale]);
  const items = res.data ? (Array.isArray(res.data) ? res.data : res.data.items) : [];
  const replace = (id: string, next: Listing | null) =>
    // Keep the row's text (the action's answer may be in the account's language, not the page's).
    res.setData(
      next
        ? items.map((l) => (l.id === id ? ({ ...l, status: next.status, updatedAt: next.updatedAt, expiresAt: next.expiresAt } as ListingSummary) : l))
        : items.filter((l) => l.id !== id),
    );
  return (
    <section className="home-section" aria-labelledby="my-listings">
      <h2 id="my-listings">{t('dashboard.myListings')}</h2>
      <div className="filter-grid compact">
        <div className="field">
          <label htmlFor="d-kind">{t('dashboard.kind')}</label>
          <select id="d-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('filters.any')}</option>
            <option value="offer">{t('listing.kindOffer')}</option>
            <option value="request">{t('listing.kindRequest')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="d-status">{t('dashboard.status')}</label>
          <select id="d-status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('filters.any')}</option>
            {LISTING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {labels.status[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {res.loading ? <Loading /> : null}
      {res.error ? <ErrorState error={res.error} onRetry={res.reload} /> : null}
      {!res.loading && !res.error && items.length === 0 ? <Empty>{t('dashboard.noListings')}</Empty> : null}
      <ul className="plain dash-listings">
        {items.map((l) => (
          <li key={l.id} className="card">
            <div className="dash-listing-head">
              <h3>
                <L to={`${kindPath(l.kind)}/${l.id}`}>
                  <span lang={l.text.lang}>{l.text.title}</span>
                </L>
              </h3>
              <StatusBadge status={l.status} label={label(labels.status, l.status)} />
            </div>
            <p className="muted small">
              {l.kind === 'offer' ? t('listing.kindOffer') : t('listing.kindRequest')}
              {l.organization ? ` · ${l.organization.name}` : ''} · {t('dashboard.updated', { date: fmt.date(l.updatedAt) })}
              {l.expiresAt && l.status === 'published' ? ` · ${t('dashboard.expires', { date: fmt.date(l.expiresAt) })}` : ''}
            </p>
            {l.status === 'changes_requested' || l.status === 'rejected' ? (
              <p className="notice warn small">
                <L to={`${kindPath(l.kind)}/${l.id}`}>{t('dashboard.seeNote')}</L>
              </p>
            ) : null}
            <ListingActions listing={l} onChanged={(n) => replace(l.id, n)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A member's home: their organisations, their listings and what they can do next. */
export function DashboardPage() {
  const { t, locale } = useI18n();
  const labels = useEnumLabels();
  const { user, loaded } = useSession();
  const orgs = useMyOrganizations(locale);
  useTitle(t('nav.dashboard'));
  if (!loaded) return <Loading />;
  if (!user) return <SignInRequired />;
  const canPublish = (orgs.data ?? []).some((o) => o.role === 'owner' || o.role === 'editor');
  return (
    <section className="page">
      <PageHeader title={t('dashboard.welcome', { name: user.displayName })}>
        {canPublish ? (
          <>
            <L to="/offers/new" className="btn primary">
              {t('dashboard.createOffer')}
            </L>
            <L to="/requests/new" className="btn">
              {t('dashboard.createRequest')}
            </L>
          </>
        ) : null}
      </PageHeader>
      {!user.emailVerified ? (
        <div className="notice warn" role="note">
          <p>
            {t('profile.unverified')} <L to="/profile">{t('profile.title')}</L>
          </p>
        </div>
      ) : null}
      <section className="home-section" aria-labelledby="my-orgs">
        <div className="section-head">
          <h2 id="my-orgs">{t('dashboard.myOrganizations')}</h2>
          <L to="/organizations/new">{t('org.create')}</L>
        </div>
        {orgs.loading ? <Loading /> : null}
        {orgs.data && orgs.data.length === 0 ? <Empty>{t('dashboard.noOrganizations')}</Empty> : null}
        <ul className="plain card-grid">
          {orgs.data?.map(({ org, role }) => (
            <li key={org.id} className="card">
              <h3>
                <L to={`/organizations/${org.id}`}>{org.name}</L> <VerifiedBadge verified={org.verified} />
              </h3>
              <p className="muted small">
                {label(labels.role, role)} · {label(labels.verification, org.verificationStatus)}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <MyListings />
    </section>
  );
}
