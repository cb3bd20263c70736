import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { ListingSummary, OrganizationSummary, Page } from '../../api/types.ts';
import { useFields } from '../../api/taxonomy.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { L } from '../../components/links.tsx';
import { Empty, Loading, useTitle } from '../../components/bits.tsx';
import { ListingCard } from '../catalog/ListingCard.tsx';

type Counted<T> = Page<T> & { total?: number };

/** What InnoPort is, how much is on it, the newest offers and requests, and shortcuts by field. */
export function HomePage() {
  const { t, fmt, locale } = useI18n();
  const fields = useFields(locale);
  useTitle(t('home.title'));
  const offers = useApi(() => api.get<Counted<ListingSummary>>('/offers', { locale, limit: 4, withTotal: 'true' }), [locale]);
  const requests = useApi(() => api.get<Counted<ListingSummary>>('/requests', { locale, limit: 4, withTotal: 'true' }), [locale]);
  const orgs = useApi(() => api.get<Counted<OrganizationSummary>>('/organizations', { locale, limit: 1, verified: true }), [locale]);
  const counts = [
    { n: offers.data?.total, label: (n: number) => t('home.countOffers', { n }) },
    { n: requests.data?.total, label: (n: number) => t('home.countRequests', { n }) },
    { n: orgs.data?.total, label: (n: number) => t('home.countOrganizations', { n }) },
  ].filter((c) => typeof c.n === 'number');

  const latest = (res: typeof offers, kind: 'offer' | 'request') => (
    <section className="home-section" aria-labelledby={`latest-${kind}`}>
      <div className="section-head">
        <h2 id={`latest-${kind}`}>{kind === 'offer' ? t('home.latestOffers') : t('home.latestRequests')}</h2>
        <L to={kind === 'offer' ? '/offers' : '/requests'}>{kind === 'offer' ? t('home.allOffers') : t('home.allRequests')}</L>
      </div>
      {res.loading ? <Loading /> : null}
      {res.data && res.data.items.length === 0 ? <Empty>{t('list.empty')}</Empty> : null}
      <div className="card-grid">
        {res.data?.items.map((l) => (
          <ListingCard key={l.id} listing={l} fields={fields} />
        ))}
      </div>
    </section>
  );

  return (
    <div className="home">
      <section className="hero">
        <div className="hero-inner">
          <h1>{t('home.heading')}</h1>
          <p className="lead">{t('home.intro')}</p>
          <div className="button-row">
            <L to="/offers" className="btn primary large">
              {t('home.browseOffers')}
            </L>
            <L to="/requests" className="btn large">
              {t('home.browseRequests')}
            </L>
          </div>
          {counts.length ? (
            <ul className="stats">
              {counts.map((c, i) => (
                <li key={i}>
                  <strong>{fmt.number(c.n!)}</strong> {c.label(c.n!)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>
      <div className="page">
        <section className="home-section" aria-labelledby="how">
          <h2 id="how">{t('home.howTitle')}</h2>
          <ol className="steps">
            <li>
              <strong>{t('home.step1Title')}</strong> {t('home.step1')}
            </li>
            <li>
              <strong>{t('home.step2Title')}</strong> {t('home.step2')}
            </li>
            <li>
              <strong>{t('home.step3Title')}</strong> {t('home.step3')}
            </li>
          </ol>
        </section>
        {latest(offers, 'offer')}
        {latest(requests, 'request')}
        {fields && fields.tree.length ? (
          <section className="home-section" aria-labelledby="by-field">
            <h2 id="by-field">{t('home.byField')}</h2>
            <ul className="field-shortcuts">
              {fields.tree.map((f) => (
                <li key={f.code}>
                  <L to={`/offers?field=${encodeURIComponent(f.code)}`}>{f.label}</L>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  );
}
