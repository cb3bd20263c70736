import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useErrorText } from '../../components/form.tsx';
import { Loading, PageHeader, useTitle } from '../../components/bits.tsx';
import { L } from '../../components/links.tsx';

/** Reads ?token from the verification email's link and confirms it once. */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { t } = useI18n();
  const { refresh, user } = useSession();
  const errorText = useErrorText();
  const [state, setState] = useState<{ ok: boolean; message?: string } | null>(null);
  const sent = useRef(false);
  useTitle(t('verify.title'));
  useEffect(() => {
    if (sent.current) return; // React's strict mode runs effects twice in development
    sent.current = true;
    if (!token) {
      setState({ ok: false, message: t('verify.noToken') });
      return;
    }
    api.post('/auth/verify-email', { token }).then(
      () => {
        setState({ ok: true });
        void refresh();
      },
      (e) => setState({ ok: false, message: errorText(e) }),
    );
  }, [token, refresh, t, errorText]);
  return (
    <section className="page narrow">
      <PageHeader title={t('verify.title')} />
      <div aria-live="polite">
        {!state ? <Loading /> : null}
        {state?.ok ? (
          <div className="notice success" role="status">
            <p>{t('verify.done')}</p>
            <L to={user ? '/dashboard' : '/signin'} className="btn primary">
              {user ? t('nav.dashboard') : t('nav.signIn')}
            </L>
          </div>
        ) : null}
        {state && !state.ok ? (
          <div className="notice error" role="alert">
            <p>{state.message}</p>
            <p>{t('verify.failedHelp')}</p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
