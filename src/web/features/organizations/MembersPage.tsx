import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { Invitation, Member, OrganizationSummary, Page } from '../../api/types.ts';
import { useSession } from '../../api/session.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useEnumLabels, label } from '../../i18n/enum-labels.ts';
import { Field, FormError, SubmitButton, useAction, useSubmit } from '../../components/form.tsx';
import { ErrorState, Loading, PageHeader, useTitle } from '../../components/bits.tsx';
import { L } from '../../components/links.tsx';
import { MEMBER_ROLES } from '../../lib/enums.ts';

const itemsOf = <T,>(r: T[] | Page<T>): T[] => (Array.isArray(r) ? r : r.items);

/** Owners manage roles, remove members and invite people by email. */
export function MembersPage() {
  const { id } = useParams();
  const { t, fmt, locale } = useI18n();
  const labels = useEnumLabels();
  const { user } = useSession();
  const org = useApi(() => api.get<OrganizationSummary>(`/organizations/${id}`, { locale }), [id, locale]);
  const members = useApi(() => api.get<Member[] | Page<Member>>(`/organizations/${id}/members`).then(itemsOf), [id]);
  const invites = useApi(() => api.get<Invitation[] | Page<Invitation>>(`/organizations/${id}/invitations`).then(itemsOf), [id]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('editor');
  const [sent, setSent] = useState<string | null>(null);
  const invite = useSubmit(
    () => api.post<Invitation>(`/organizations/${id}/invitations`, { email: email.trim(), role }),
    () => {
      setSent(email.trim());
      setEmail('');
      invites.reload();
    },
  );
  const act = useAction();
  useTitle(t('org.members'));

  if (members.error) return <ErrorState error={members.error} />;
  if (!members.data || !org.data) return <Loading />;
  const changeRole = (m: Member, r: string) => void act.run(() => api.patch(`/organizations/${id}/members/${m.userId}`, { role: r })).then(() => members.reload());
  const remove = (m: Member) => {
    if (!window.confirm(t('members.confirmRemove', { name: m.displayName }))) return;
    void act.run(() => api.del(`/organizations/${id}/members/${m.userId}`)).then(() => members.reload());
  };

  return (
    <section className="page">
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <L to={`/organizations/${id}`}>{org.data.name}</L>
      </nav>
      <PageHeader title={t('org.members')} />
      <FormError message={act.error} />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('org.members')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('members.name')}</th>
              <th scope="col">{t('members.role')}</th>
              <th scope="col">{t('members.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {members.data.map((m) => (
              <tr key={m.userId}>
                <td>
                  {m.displayName}
                  {m.email ? <div className="muted small">{m.email}</div> : null}
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`role-${m.userId}`}>
                    {t('members.roleOf', { name: m.displayName })}
                  </label>
                  <select id={`role-${m.userId}`} value={m.role} disabled={act.pending || m.userId === user?.id} onChange={(e) => changeRole(m, e.target.value)}>
                    {MEMBER_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {labels.role[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" className="btn subtle small" disabled={act.pending} onClick={() => remove(m)}>
                    {m.userId === user?.id ? t('members.leave') : t('members.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section className="panel" aria-labelledby="invite-h">
        <h2 id="invite-h">{t('members.invite')}</h2>
        {sent ? (
          <p className="notice success" role="status">
            {t('members.invited', { email: sent })}
          </p>
        ) : null}
        <form onSubmit={invite.onSubmit} noValidate className="grid-3">
          <Field label={t('auth.email')} name="email" errors={invite.fields}>
            {(p) => <input {...p} type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <Field label={t('members.role')} name="role" errors={invite.fields}>
            {(p) => (
              <select {...p} value={role} onChange={(e) => setRole(e.target.value)}>
                {MEMBER_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {labels.role[r]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="align-end">
            <SubmitButton pending={invite.pending}>{t('members.sendInvite')}</SubmitButton>
          </div>
        </form>
        <FormError message={invite.error} />
        <h3>{t('members.pendingInvitations')}</h3>
        {invites.data && invites.data.length ? (
          <ul className="plain list-rows">
            {invites.data.map((i) => (
              <li key={i.id}>
                {i.email} · {label(labels.role, i.role)} ·{' '}
                {i.acceptedAt ? t('members.accepted', { date: fmt.date(i.acceptedAt) }) : t('members.expires', { date: fmt.date(i.expiresAt) })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('members.noInvitations')}</p>
        )}
      </section>
    </section>
  );
}
