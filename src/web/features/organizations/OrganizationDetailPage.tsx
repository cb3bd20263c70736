import { useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { ListingSummary, OrganizationDetail, Page } from '../../api/types.ts';
import { useSession } from '../../api/session.tsx';
import { useFields } from '../../api/taxonomy.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useEnumLabels, label } from '../../i18n/enum-labels.ts';
import { Empty, ErrorState, Loading, Row, StatusBadge, VerifiedBadge, useTitle } from '../../components/bits.tsx';
import { L } from '../../components/links.tsx';
import { ListingCard } from '../catalog/ListingCard.tsx';

/** An organisation's profile and its published offers and requests. */
export function OrganizationDetailPage() {
  const { id } = useParams();
  const { t, fmt, locale } = useI18n();
  const labels = useEnumLabels();
  const { user } = useSession();
  const fields = useFields(locale);
  const res = useApi(() => api.get<OrganizationDetail>(`/organizations/${id}`, { locale }), [id, locale]);
  const listings = useApi(
    () =>
      Promise.all([
        api.get<Page<ListingSummary>>('/offers', { organization: id, locale, limit: 50 }),
        api.get<Page<ListingSummary>>('/requests', { organization: id, locale, limit: 50 }),
      ]),
    [id, locale],
  );
  const org = res.data;
  useTitle(org?.name);
  if (res.error) return <ErrorState error={res.error} onRetry={res.reload} />;
  if (!org) return <Loading />;
  const role = org.myRole ?? user?.memberships.find((m) => m.organizationId === org.id)?.role;
  const canEdit = org.permissions.edit;
  const isOwner = org.permissions.manage;
  const [offers, requests] = listings.data ?? [null, null];

  return (
    <article className="page org-detail">
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <L to="/organizations">{t('orgs.title')}</L>
      </nav>
      <header className="detail-header org-header">
        {org.logoUrl ? <img className="org-logo large" src={org.logoUrl} alt={t('org.logoAlt', { name: org.name })} width={72} height={72} /> : null}
        <div>
          <h1 lang={org.lang}>
            {org.name} <VerifiedBadge verified={org.verified} />
          </h1>
          <p className="muted">
            {label(labels.orgType, org.type)} · {fmt.country(org.country)}
            {org.region ? ` · ${org.region}` : ''}
          </p>
          {org.lang !== locale ? <p className="lang-marker">{t('listing.writtenIn', { language: fmt.language(org.lang) })}</p> : null}
        </div>
      </header>
      {role || user?.isAdmin ? (
        <div className="panel member-panel">
          <p>
            {role ? t('org.yourRole', { role: label(labels.role, role) }) : null}{' '}
            <StatusBadge status={org.verificationStatus} label={label(labels.verification, org.verificationStatus)} />
          </p>
          <div className="button-row">
            {canEdit ? (
              <L to={`/organizations/${org.id}/edit`} className="btn">
                {t('actions.edit')}
              </L>
            ) : null}
            {isOwner ? (
              <L to={`/organizations/${org.id}/members`} className="btn">
                {t('org.members')}
              </L>
            ) : null}
            {isOwner && !org.verified ? (
              <L to={`/organizations/${org.id}/verification`} className="btn">
                {t('org.requestVerification')}
              </L>
            ) : null}
            {canEdit ? (
              <>
                <L to={`/offers/new?organization=${org.id}`} className="btn primary">
                  {t('dashboard.createOffer')}
                </L>
                <L to={`/requests/new?organization=${org.id}`} className="btn">
                  {t('dashboard.createRequest')}
                </L>
              </>
            ) : null}
          </div>
        </div>
      ) : null}
      {org.description ? (
        <div className="prose" lang={org.lang}>
          {org.description.split(/\n{2,}/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      ) : null}
      <dl className="facts inline">
        <Row term={t('org.website')}>
          {org.website ? (
            <a href={org.website} rel="noopener noreferrer nofollow" target="_blank">
              {org.website.replace(/^https?:\/\//, '')}
            </a>
          ) : null}
        </Row>
        <Row term={t('org.memberSince')}>{fmt.date(org.createdAt)}</Row>
      </dl>
      <section className="home-section" aria-labelledby="org-offers">
        <h2 id="org-offers">{t('org.offers')}</h2>
        {listings.loading ? <Loading /> : null}
        {offers && offers.items.length === 0 ? <Empty>{t('list.empty')}</Empty> : null}
        <div className="card-list">{offers?.items.map((l) => <ListingCard key={l.id} listing={l} fields={fields} />)}</div>
      </section>
      <section className="home-section" aria-labelledby="org-requests">
        <h2 id="org-requests">{t('org.requests')}</h2>
        {requests && requests.items.length === 0 ? <Empty>{t('list.empty')}</Empty> : null}
        <div className="card-list">{requests?.items.map((l) => <ListingCard key={l.id} listing={l} fields={fields} />)}</div>
      </section>
    </article>
  );
}
