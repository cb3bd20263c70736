import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { LOCALE_NATIVE_NAMES } from '../../i18n/locales.ts';
import { LOCALES } from '../../lib/enums.ts';
import { Field, FormError, SubmitButton, useSubmit } from '../../components/form.tsx';
import { PageHeader, useTitle } from '../../components/bits.tsx';
import { L } from '../../components/links.tsx';

export function RegisterPage() {
  const { t, locale } = useI18n();
  const [v, setV] = useState({ displayName: '', email: '', password: '', locale: locale as string });
  const [done, setDone] = useState(false);
  const form = useSubmit(() => api.post<{ id: string }>('/auth/register', v), () => setDone(true));
  useTitle(t('auth.registerTitle'));
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  if (done) {
    return (
      <section className="page narrow">
        <PageHeader title={t('auth.registerTitle')} />
        <div className="notice success" role="status">
          <p>{t('auth.registered', { email: v.email })}</p>
        </div>
        <L to="/signin" className="btn primary">
          {t('nav.signIn')}
        </L>
      </section>
    );
  }
  return (
    <section className="page narrow">
      <PageHeader title={t('auth.registerTitle')} />
      <form onSubmit={form.onSubmit} noValidate className="card form-card">
        <FormError message={form.error} />
        <Field label={t('auth.displayName')} name="displayName" errors={form.fields}>
          {(p) => <input {...p} type="text" autoComplete="name" required value={v.displayName} onChange={set('displayName')} />}
        </Field>
        <Field label={t('auth.email')} name="email" errors={form.fields}>
          {(p) => <input {...p} type="email" autoComplete="email" required value={v.email} onChange={set('email')} />}
        </Field>
        <Field label={t('auth.password')} name="password" errors={form.fields} hint={t('auth.passwordHint')}>
          {(p) => <input {...p} type="password" autoComplete="new-password" required minLength={10} value={v.password} onChange={set('password')} />}
        </Field>
        <Field label={t('auth.preferredLanguage')} name="locale" errors={form.fields}>
          {(p) => (
            <select {...p} value={v.locale} onChange={set('locale')}>
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LOCALE_NATIVE_NAMES[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SubmitButton pending={form.pending}>{t('auth.createAccount')}</SubmitButton>
        <p className="form-links">
          <L to="/signin">{t('auth.haveAccount')}</L>
        </p>
      </form>
    </section>
  );
}
