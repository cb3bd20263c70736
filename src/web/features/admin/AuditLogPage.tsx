import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { AuditEntry, Page } from '../../api/types.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { useSession } from '../../api/session.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { NotFoundBody, PageHeader, SignInRequired, useTitle } from '../../components/bits.tsx';
import { ListFooter } from '../../components/LoadMore.tsx';
import { AdminNav } from './AdminNav.tsx';

const show = (v: unknown) => (v === undefined || v === null ? '' : JSON.stringify(v, null, 1));

/** Who changed what and when; filters live in the URL so an entry can be linked. */
export function AuditLogPage() {
  const { t, fmt } = useI18n();
  const { user, loaded } = useSession();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState({ entityType: params.get('entityType') ?? '', entityId: params.get('entityId') ?? '', action: params.get('action') ?? '' });
  const query = { entityType: params.get('entityType') ?? '', entityId: params.get('entityId') ?? '', action: params.get('action') ?? '' };
  const list = useCursorList((cursor) => api.get<Page<AuditEntry>>('/admin/audit', { ...query, cursor: cursor ?? undefined }), JSON.stringify(query) + (user?.id ?? ''));
  useTitle(t('admin.audit'));
  if (loaded && !user) return <SignInRequired />;
  if (loaded && !user?.isAdmin) return <NotFoundBody />;
  return (
    <section className="page">
      <PageHeader title={t('admin.audit')} />
      <AdminNav />
      <form
        className="filter-grid compact"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim())));
        }}
      >
        <div className="field">
          <label htmlFor="a-type">{t('admin.entityType')}</label>
          <input id="a-type" type="text" value={draft.entityType} onChange={(e) => setDraft({ ...draft, entityType: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="a-id">{t('admin.entityId')}</label>
          <input id="a-id" type="text" value={draft.entityId} onChange={(e) => setDraft({ ...draft, entityId: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="a-action">{t('admin.action')}</label>
          <input id="a-action" type="text" value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })} />
        </div>
        <div className="align-end">
          <button type="submit" className="btn primary">
            {t('filters.apply')}
          </button>
        </div>
      </form>
      <div className="table-wrap">
        <table className="audit">
          <caption className="visually-hidden">{t('admin.audit')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.when')}</th>
              <th scope="col">{t('admin.who')}</th>
              <th scope="col">{t('admin.action')}</th>
              <th scope="col">{t('admin.entity')}</th>
              <th scope="col">{t('admin.change')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((a) => (
              <tr key={a.id}>
                <td>{fmt.dateTime(a.createdAt)}</td>
                <td>{a.actor ? (a.actor.displayName ?? a.actor.email ?? a.actor.id) : '—'}</td>
                <td>
                  <code>{a.action}</code>
                </td>
                <td>
                  {a.entityType}
                  <br />
                  <code className="small">{a.entityId}</code>
                </td>
                <td>
                  {a.before !== undefined || a.after !== undefined ? (
                    <details>
                      <summary>{t('admin.showChange')}</summary>
                      <pre>{show(a.before)}</pre>
                      <pre>{show(a.after)}</pre>
                    </details>
                  ) : null}
                  {a.reason ? <p className="small">{a.reason}</p> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ListFooter loading={list.loading} error={list.error} hasMore={list.hasMore} count={list.items.length} more={list.more} retry={list.reload} />
    </section>
  );
}
