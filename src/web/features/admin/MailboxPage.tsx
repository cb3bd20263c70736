import { useState, type ReactNode } from 'react';
import { api } from '../../api/client.ts';
import type { MailDetail, MailSummary, Page } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { useSession } from '../../api/session.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ErrorState, Loading, NotFoundBody, PageHeader, SignInRequired, useTitle } from '../../components/bits.tsx';
import { ListFooter } from '../../components/LoadMore.tsx';
import { AdminNav } from './AdminNav.tsx';

/** Plain-text mail with its links made clickable (verification and reset links are the point). */
function linkify(text: string): ReactNode[] {
  return text.split(/(https?:\/\/[^\s<>"]+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}

function MailView({ id }: { id: string }) {
  const { t, fmt } = useI18n();
  const res = useApi(() => api.get<MailDetail>(`/admin/mails/${id}`), [id]);
  if (res.error) return <ErrorState error={res.error} />;
  if (!res.data) return <Loading />;
  const m = res.data;
  return (
    <article className="panel mail-view" aria-labelledby="mail-subject">
      <h2 id="mail-subject">{m.subject}</h2>
      <p className="muted small">
        {t('mailbox.to', { to: m.to })} · {fmt.dateTime(m.createdAt)}
      </p>
      <pre className="mail-body">{linkify(m.text ?? '')}</pre>
    </article>
  );
}

/** The development mailbox: mail the platform queued, readable without an SMTP server. */
export function MailboxPage() {
  const { t, fmt } = useI18n();
  const { user, loaded } = useSession();
  const [to, setTo] = useState('');
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const list = useCursorList((cursor) => api.get<Page<MailSummary>>('/admin/mails', { to: filter, cursor: cursor ?? undefined }), `${filter}|${user?.id}`);
  useTitle(t('admin.mailbox'));
  if (loaded && !user) return <SignInRequired />;
  if (loaded && !user?.isAdmin) return <NotFoundBody />;
  return (
    <section className="page">
      <PageHeader title={t('admin.mailbox')} />
      <AdminNav />
      <form
        role="search"
        className="search-row"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter(to.trim());
        }}
      >
        <label htmlFor="mb-to" className="visually-hidden">
          {t('mailbox.filterTo')}
        </label>
        <input id="mb-to" type="search" value={to} placeholder={t('mailbox.filterTo')} onChange={(e) => setTo(e.target.value)} />
        <button type="submit" className="btn primary">
          {t('filters.search')}
        </button>
      </form>
      <div className="mailbox">
        <ul className="plain mail-list">
          {list.items.map((m) => (
            <li key={m.id}>
              <button type="button" className={`mail-item${open === m.id ? ' current' : ''}`} aria-pressed={open === m.id} onClick={() => setOpen(m.id)}>
                <strong>{m.subject}</strong>
                <span className="muted small">
                  {m.to} · {fmt.dateTime(m.createdAt)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {open ? <MailView id={open} /> : null}
      </div>
      <ListFooter loading={list.loading} error={list.error} hasMore={list.hasMore} count={list.items.length} more={list.more} retry={list.reload} />
    </section>
  );
}
