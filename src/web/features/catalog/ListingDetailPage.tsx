import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { Listing } from '../../api/types.ts';
import { useFields, fieldLabel } from '../../api/taxonomy.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useEnumLabels, label } from '../../i18n/enum-labels.ts';
import { ErrorState, Loading, Row, StatusBadge, VerifiedBadge, useTitle } from '../../components/bits.tsx';
import { L } from '../../components/links.tsx';
import type { ListingKind } from '../../lib/enums.ts';
import { ListingActions } from './ListingActions.tsx';
import { ModerationActions } from '../moderation/ModerationActions.tsx';
import { ListingAttributes } from './ListingAttributes.tsx';
import { kindPath } from './listing-helpers.ts';

function Paragraphs({ text, lang }: { text: string | undefined; lang: string }) {
  if (!text) return null;
  return (
    <div className="prose" lang={lang}>
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}

/** An offer or request with every attribute, in the viewer's language when a version exists. */
export function ListingDetailPage({ kind }: { kind: ListingKind }) {
  const { id } = useParams();
  const { t, fmt, locale } = useI18n();
  const labels = useEnumLabels();
  const fields = useFields(locale);
  const [version, setVersion] = useState<string | null>(null);
  const shown = version ?? locale;
  const res = useApi(() => api.get<Listing>(`${kindPath(kind)}/${id}`, { locale: shown }), [id, shown, kind]);
  const l = res.data;
  useTitle(l?.text.title);

  if (res.error && !l) return <ErrorState error={res.error} onRetry={res.reload} />;
  if (!l) return <Loading />;
  const tx = l.text;
  const foreign = tx.lang !== locale;

  return (
    <article className="page listing-detail">
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <L to={kindPath(kind)}>{kind === 'offer' ? t('offers.title') : t('requests.title')}</L>
      </nav>
      <header className="detail-header">
        <p className="kicker">{kind === 'offer' ? t('listing.kindOffer') : t('listing.kindRequest')}</p>
        <h1 lang={tx.lang}>{tx.title}</h1>
        {l.status !== 'published' ? <StatusBadge status={l.status} label={label(labels.status, l.status)} /> : null}
        {foreign ? (
          <p className="lang-marker">
            {t('listing.writtenIn', { language: fmt.language(tx.lang) })}
            {tx.source === 'machine' ? ` · ${labels.source.machine}` : ''}
          </p>
        ) : null}
        {l.languages.length > 1 ? (
          <div className="versions" role="group" aria-label={t('listing.versions')}>
            <span>{t('listing.versions')}:</span>
            {l.languages.map((lang) => (
              <button
                key={lang}
                type="button"
                className={`chip-btn${lang === tx.lang ? ' current' : ''}`}
                aria-pressed={lang === tx.lang}
                lang={lang}
                onClick={() => setVersion(lang)}
              >
                {fmt.language(lang)}
              </button>
            ))}
          </div>
        ) : null}
      </header>

      {l.moderationNote && l.permissions?.edit ? (
        <div className="notice warn" role="note">
          <p>
            <strong>{t('listing.moderationNote')}</strong> {l.moderationNote}
          </p>
        </div>
      ) : null}
      {l.permissions?.edit ? <ListingActions listing={l} onChanged={() => res.reload()} /> : null}
      {l.permissions?.moderate && l.status === 'submitted' ? (
        <section className="panel" aria-labelledby="mod-h">
          <h2 id="mod-h">{t('moderation.title')}</h2>
          <ModerationActions listingId={l.id} onDone={() => res.reload()} />
        </section>
      ) : null}

      <div className="detail-grid">
        <div className="detail-main">
          {l.kind === 'offer' ? (
            <>
              <p className="summary" lang={tx.lang}>
                {l.text.summary}
              </p>
              {l.text.description ? <h2>{t('listing.description')}</h2> : null}
              <Paragraphs text={l.text.description} lang={tx.lang} />
              {l.text.applications ? <h2>{t('listing.applications')}</h2> : null}
              <Paragraphs text={l.text.applications} lang={tx.lang} />
              {l.text.advantages ? <h2>{t('listing.advantages')}</h2> : null}
              <Paragraphs text={l.text.advantages} lang={tx.lang} />
            </>
          ) : (
            <>
              <h2>{t('listing.problem')}</h2>
              <Paragraphs text={l.text.problem} lang={tx.lang} />
              {l.text.desiredOutcome ? <h2>{t('listing.desiredOutcome')}</h2> : null}
              <Paragraphs text={l.text.desiredOutcome} lang={tx.lang} />
            </>
          )}
          {l.attachments.length > 0 ? (
            <section aria-labelledby="att-h">
              <h2 id="att-h">{t('listing.attachments')}</h2>
              <ul className="attachments">
                {l.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={a.url} download={a.name}>
                      {a.name}
                    </a>{' '}
                    <span className="muted">({t('common.fileSize', { kb: Math.max(1, Math.round(a.sizeBytes / 1024)) })})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <aside className="detail-side" aria-label={t('listing.details')}>
          <section className="panel">
            <h2>{t('listing.organization')}</h2>
            {l.organization ? (
              <p>
                <L to={`/organizations/${l.organization.id}`}>{l.organization.name}</L> <VerifiedBadge verified={l.organization.verified} />
                <br />
                <span className="muted">
                  {label(labels.orgType, l.organization.type)} · {fmt.country(l.organization.country)}
                </span>
              </p>
            ) : (
              <p>{t('listing.anonymousOrg')}</p>
            )}
          </section>
          <section className="panel">
            <h2>{t('listing.details')}</h2>
            <ListingAttributes listing={l} fieldName={(c) => fieldLabel(fields, c)} />
            <dl className="facts">
              <Row term={t('listing.published')}>{l.publishedAt ? fmt.date(l.publishedAt) : null}</Row>
              <Row term={t('listing.lastConfirmed')}>{l.lastConfirmedAt ? fmt.date(l.lastConfirmedAt) : null}</Row>
              <Row term={t('listing.expires')}>{l.expiresAt ? fmt.date(l.expiresAt) : null}</Row>
            </dl>
          </section>
        </aside>
      </div>
    </article>
  );
}
