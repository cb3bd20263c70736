import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { FormError, useSubmit } from '../../components/form.tsx';
import { PageHeader, useTitle } from '../../components/bits.tsx';
import { L } from '../../components/links.tsx';
import { useState } from 'react';

/** The link in an invitation email lands here; accepting needs a signed-in account with that email. */
export function AcceptInvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { t, locale } = useI18n();
  const { user, refresh } = useSession();
  const [orgId, setOrgId] = useState<string | null>(null);
  const accept = useSubmit(
    () => api.post<{ organizationId?: string; organization?: { id: string } }>('/invitations/accept', { token }),
    async (r) => {
      await refresh();
      setOrgId(r?.organizationId ?? r?.organization?.id ?? '');
    },
  );
  useTitle(t('invitation.title'));
  const back = encodeURIComponent(`/${locale}/invitations/accept?token=${token}`);
  return (
    <section className="page narrow">
      <PageHeader title={t('invitation.title')} />
      {!token ? <p className="notice error">{t('invitation.noToken')}</p> : null}
      {orgId !== null ? (
        <div className="notice success" role="status">
          <p>{t('invitation.accepted')}</p>
          <L to={orgId ? `/organizations/${orgId}` : '/dashboard'} className="btn primary">
            {t('invitation.continue')}
          </L>
        </div>
      ) : user ? (
        <form onSubmit={accept.onSubmit}>
          <p>{t('invitation.explain', { email: user.email })}</p>
          <FormError message={accept.error} />
          <button type="submit" className="btn primary" disabled={!token || accept.pending}>
            {t('invitation.accept')}
          </button>
        </form>
      ) : (
        <div>
          <p>{t('invitation.signInFirst')}</p>
          <div className="button-row">
            <L to={`/signin?next=${back}`} className="btn primary">
              {t('nav.signIn')}
            </L>
            <L to={`/register?next=${back}`} className="btn">
              {t('nav.register')}
            </L>
          </div>
        </div>
      )}
    </section>
  );
}
