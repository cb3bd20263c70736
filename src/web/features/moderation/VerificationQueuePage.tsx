import { useId, useState } from 'react';
import { api } from '../../api/client.ts';
import type { OrganizationSummary, Page } from '../../api/types.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { isOperator, useSession } from '../../api/session.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useEnumLabels, label } from '../../i18n/enum-labels.ts';
import { FormError, useAction } from '../../components/form.tsx';
import { NotFoundBody, PageHeader, SignInRequired, useTitle } from '../../components/bits.tsx';
import { ListFooter } from '../../components/LoadMore.tsx';
import { L } from '../../components/links.tsx';
import { OperatorNav } from './OperatorNav.tsx';

function Decision({ org, onDone }: { org: OrganizationSummary; onDone(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const act = useAction();
  const run = (path: string, body: unknown) =>
    void act.run(async () => {
      await api.post(`/organizations/${org.id}/${path}`, body);
      return true;
    }).then((ok) => ok && onDone());
  return (
    <div className="moderation-actions">
      <div className="button-row">
        <button type="button" className="btn primary" disabled={act.pending} onClick={() => run('verify', {})}>
          {t('verification.approve')}
        </button>
        <button type="button" className="btn danger" aria-expanded={rejecting} onClick={() => setRejecting(true)}>
          {t('verification.reject')}
        </button>
      </div>
      {rejecting ? (
        <form
          className="inline-form stacked"
          onSubmit={(e) => {
            e.preventDefault();
            run('reject-verification', { reason: reason.trim() });
          }}
        >
          <label htmlFor={`${id}-r`}>{t('verification.rejectReason')}</label>
          <textarea id={`${id}-r`} rows={3} required value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="submit" className="btn danger" disabled={act.pending || reason.trim().length < 3}>
            {t('verification.rejectConfirm')}
          </button>
        </form>
      ) : null}
      <FormError message={act.error} />
    </div>
  );
}

/** Organisations waiting for verification in the operator's countries. */
export function VerificationQueuePage() {
  const { t, fmt, locale } = useI18n();
  const labels = useEnumLabels();
  const { user, loaded } = useSession();
  const list = useCursorList(
    (cursor) => api.get<Page<OrganizationSummary>>('/verification/queue', { cursor: cursor ?? undefined, locale }),
    `${locale}|${user?.id ?? ''}`,
  );
  useTitle(t('verification.queueTitle'));
  if (loaded && !user) return <SignInRequired />;
  if (loaded && !isOperator(user)) return <NotFoundBody />;
  return (
    <section className="page">
      <PageHeader title={t('verification.queueTitle')} />
      <OperatorNav />
      <ul className="plain queue">
        {list.items.map((o) => (
          <li key={o.id} className="card">
            <h2 className="h3">
              <L to={`/organizations/${o.id}`}>
                <span lang={o.lang}>{o.name}</span>
              </L>
            </h2>
            <p className="muted small">
              {label(labels.orgType, o.type)} · {fmt.country(o.country)}
              {o.region ? ` · ${o.region}` : ''} · {t('verification.since', { date: fmt.date(o.createdAt) })}
            </p>
            {o.website ? (
              <p>
                <a href={o.website} rel="noopener noreferrer nofollow" target="_blank">
                  {o.website}
                </a>
              </p>
            ) : null}
            <p lang={o.lang}>{o.description}</p>
            <Decision org={o} onDone={() => list.setItems(list.items.filter((x) => x.id !== o.id))} />
          </li>
        ))}
      </ul>
      <ListFooter loading={list.loading} error={list.error} hasMore={list.hasMore} count={list.items.length} more={list.more} retry={list.reload} />
    </section>
  );
}
