import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { AdminUser, Page } from '../../api/types.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { useSession } from '../../api/session.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { CheckboxGroup, FormError, useAction } from '../../components/form.tsx';
import { NotFoundBody, PageHeader, SignInRequired, useTitle } from '../../components/bits.tsx';
import { ListFooter } from '../../components/LoadMore.tsx';
import { NETWORK_COUNTRIES } from '../../lib/enums.ts';
import { AdminNav } from './AdminNav.tsx';

function UserRow({ u, onChange, self }: { u: AdminUser; onChange(u: AdminUser): void; self: boolean }) {
  const { t, fmt } = useI18n();
  const [editing, setEditing] = useState(false);
  const [countries, setCountries] = useState(u.operatorCountries);
  const act = useAction();
  const put = (path: string, body: unknown) =>
    act.run(async () => {
      await api.put(`/admin/users/${u.id}/${path}`, body);
      return true;
    });
  const saveCountries = () =>
    void put('operator-countries', { countries }).then((ok) => {
      if (!ok) return;
      onChange({ ...u, operatorCountries: countries });
      setEditing(false);
    });
  const toggleAdmin = () => void put('admin', { isAdmin: !u.isAdmin }).then((ok) => ok && onChange({ ...u, isAdmin: !u.isAdmin }));
  return (
    <li className="card">
      <div className="dash-listing-head">
        <h2 className="h3">{u.displayName}</h2>
        {u.isAdmin ? <span className="badge">{t('admin.isAdmin')}</span> : null}
      </div>
      <p className="muted small">
        {u.email}
        {u.operatorCountries.length ? ` · ${t('admin.operatorFor', { countries: fmt.list(u.operatorCountries.map(fmt.country)) })}` : ''}
      </p>
      <div className="button-row">
        <button type="button" className="btn small" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          {t('admin.editCountries')}
        </button>
        {!self ? (
          <button type="button" className="btn small" disabled={act.pending} onClick={toggleAdmin}>
            {u.isAdmin ? t('admin.revokeAdmin') : t('admin.makeAdmin')}
          </button>
        ) : null}
      </div>
      {editing ? (
        <div className="inline-form stacked">
          <CheckboxGroup
            legend={t('admin.operatorCountries', { name: u.displayName })}
            name="countries"
            options={NETWORK_COUNTRIES.map((c) => ({ value: c, label: fmt.country(c) }))}
            value={countries}
            onChange={setCountries}
            columns
          />
          <button type="button" className="btn primary small" disabled={act.pending} onClick={saveCountries}>
            {t('common.save')}
          </button>
        </div>
      ) : null}
      <FormError message={act.error} />
    </li>
  );
}

export function AdminUsersPage() {
  const { t } = useI18n();
  const { user, loaded } = useSession();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const list = useCursorList((cursor) => api.get<Page<AdminUser>>('/admin/users', { q: query, cursor: cursor ?? undefined }), `${query}|${user?.id}`);
  useTitle(t('admin.users'));
  if (loaded && !user) return <SignInRequired />;
  if (loaded && !user?.isAdmin) return <NotFoundBody />;
  return (
    <section className="page">
      <PageHeader title={t('admin.users')} />
      <AdminNav />
      <form
        role="search"
        className="search-row"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(q.trim());
        }}
      >
        <label htmlFor="u-q" className="visually-hidden">
          {t('admin.searchUsers')}
        </label>
        <input id="u-q" type="search" value={q} placeholder={t('admin.searchUsers')} onChange={(e) => setQ(e.target.value)} />
        <button type="submit" className="btn primary">
          {t('filters.search')}
        </button>
      </form>
      <ul className="plain queue">
        {list.items.map((u) => (
          <UserRow key={u.id} u={u} self={u.id === user?.id} onChange={(n) => list.setItems(list.items.map((x) => (x.id === n.id ? n : x)))} />
        ))}
      </ul>
      <ListFooter loading={list.loading} error={list.error} hasMore={list.hasMore} count={list.items.length} more={list.more} retry={list.reload} />
    </section>
  );
}
