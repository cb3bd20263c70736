import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { SessionInfo } from '../../api/types.ts';
import { useSession } from '../../api/session.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Field, FormError, SubmitButton, useSubmit } from '../../components/form.tsx';
import { PageHeader, useTitle } from '../../components/bits.tsx';
import { L } from '../../components/links.tsx';

/** Only same-site paths are followed after sign-in, never another origin. */
export const safeNext = (v: string | null) => (v && v.startsWith('/') && !v.startsWith('//') ? v : null);

export function SignInPage() {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { setUser } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useSubmit(
    () => api.post<SessionInfo>('/auth/login', { email, password }),
    (s) => {
      setUser(s.user);
      navigate(safeNext(params.get('next')) ?? `/${locale}/dashboard`);
    },
  );
  useTitle(t('auth.signInTitle'));
  return (
    <section className="page narrow">
      <PageHeader title={t('auth.signInTitle')} />
      <form onSubmit={form.onSubmit} noValidate className="card form-card">
        <FormError message={form.error} />
        <Field label={t('auth.email')} name="email" errors={form.fields}>
          {(p) => <input {...p} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t('auth.password')} name="password" errors={form.fields}>
          {(p) => <input {...p} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <SubmitButton pending={form.pending}>{t('nav.signIn')}</SubmitButton>
        <p className="form-links">
          <L to="/forgot-password">{t('auth.forgot')}</L> · <L to="/register">{t('auth.noAccount')}</L>
        </p>
      </form>
    </section>
  );
}
