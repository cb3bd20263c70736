import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Field, FormError, SubmitButton, useSubmit } from '../../components/form.tsx';
import { PageHeader, useTitle } from '../../components/bits.tsx';
import { L } from '../../components/links.tsx';

export function ForgotPasswordPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const form = useSubmit(() => api.post('/auth/password-reset/request', { email }), () => setSent(true));
  useTitle(t('reset.requestTitle'));
  return (
    <section className="page narrow">
      <PageHeader title={t('reset.requestTitle')} />
      {sent ? (
        <div className="notice success" role="status">
          <p>{t('reset.requested')}</p>
        </div>
      ) : (
        <form onSubmit={form.onSubmit} noValidate className="card form-card">
          <p>{t('reset.requestExplain')}</p>
          <FormError message={form.error} />
          <Field label={t('auth.email')} name="email" errors={form.fields}>
            {(p) => <input {...p} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <SubmitButton pending={form.pending}>{t('reset.send')}</SubmitButton>
        </form>
      )}
    </section>
  );
}

export function ResetPasswordPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const form = useSubmit(async () => {
    if (password !== repeat) {
      throw new ApiError(400, { code: 'password.mismatch', message: t('errors.password.mismatch'), fields: { repeat: t('errors.password.mismatch') } });
    }
    return api.post('/auth/password-reset/confirm', { token, password });
  }, () => setDone(true));
  useTitle(t('reset.confirmTitle'));
  return (
    <section className="page narrow">
      <PageHeader title={t('reset.confirmTitle')} />
      {done ? (
        <div className="notice success" role="status">
          <p>{t('reset.done')}</p>
          <L to="/signin" className="btn primary">
            {t('nav.signIn')}
          </L>
        </div>
      ) : (
        <form onSubmit={form.onSubmit} noValidate className="card form-card">
          {!token ? <p className="notice error">{t('reset.noToken')}</p> : null}
          <FormError message={form.error} />
          <Field label={t('reset.newPassword')} name="password" errors={form.fields} hint={t('auth.passwordHint')}>
            {(p) => <input {...p} type="password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} />}
          </Field>
          <Field label={t('reset.repeatPassword')} name="repeat" errors={form.fields}>
            {(p) => <input {...p} type="password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} />}
          </Field>
          <SubmitButton pending={form.pending}>{t('reset.confirm')}</SubmitButton>
        </form>
      )}
    </section>
  );
}
