import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { SessionUser } from '../../api/types.ts';
import { useSession } from '../../api/session.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { LOCALE_NATIVE_NAMES } from '../../i18n/locales.ts';
import { LOCALES } from '../../lib/enums.ts';
import { Field, FormError, SubmitButton, useAction, useSubmit } from '../../components/form.tsx';
import { Loading, PageHeader, SignInRequired, useTitle } from '../../components/bits.tsx';

function ProfileForm({ user }: { user: SessionUser }) {
  const { t, fmt } = useI18n();
  const { refresh } = useSession();
  const [v, setV] = useState({ displayName: user.displayName, locale: user.locale, calendar: user.calendar });
  const [saved, setSaved] = useState(false);
  const form = useSubmit(
    () => api.patch('/me', v),
    async () => {
      setSaved(true);
      await refresh();
    },
  );
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => {
    setSaved(false);
    setV({ ...v, [k]: e.target.value });
  };
  const sample = new Date(Date.UTC(2026, 0, 15));
  return (
    <form onSubmit={form.onSubmit} noValidate className="card form-card">
      <h2>{t('profile.details')}</h2>
      <FormError message={form.error} />
      {saved ? (
        <p className="notice success" role="status">
          {t('profile.saved')}
        </p>
      ) : null}
      <Field label={t('auth.displayName')} name="displayName" errors={form.fields}>
        {(p) => <input {...p} type="text" required value={v.displayName} onChange={set('displayName')} />}
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
      <Field label={t('profile.calendar')} name="calendar" errors={form.fields}>
        {(p) => (
          <select {...p} value={v.calendar} onChange={set('calendar')}>
            <option value="gregory">
              {t('profile.gregorian')} ({new Intl.DateTimeFormat(undefined, { calendar: 'gregory', year: 'numeric' }).format(sample)})
            </option>
            <option value="buddhist">
              {t('profile.buddhist')} ({new Intl.DateTimeFormat(undefined, { calendar: 'buddhist', year: 'numeric' }).format(sample)})
            </option>
          </select>
        )}
      </Field>
      <p className="hint">{t('profile.dateSample', { date: fmt.date(sample) })}</p>
      <SubmitButton pending={form.pending}>{t('common.save')}</SubmitButton>
    </form>
  );
}

function PasswordForm() {
  const { t } = useI18n();
  const [v, setV] = useState({ currentPassword: '', newPassword: '' });
  const [done, setDone] = useState(false);
  const form = useSubmit(() => api.post('/me/password', v), () => {
    setDone(true);
    setV({ currentPassword: '', newPassword: '' });
  });
  return (
    <form onSubmit={form.onSubmit} noValidate className="card form-card">
      <h2>{t('profile.changePassword')}</h2>
      <FormError message={form.error} />
      {done ? (
        <p className="notice success" role="status">
          {t('profile.passwordChanged')}
        </p>
      ) : null}
      <Field label={t('profile.currentPassword')} name="currentPassword" errors={form.fields}>
        {(p) => <input {...p} type="password" autoComplete="current-password" value={v.currentPassword} onChange={(e) => setV({ ...v, currentPassword: e.target.value })} />}
      </Field>
      <Field label={t('reset.newPassword')} name="newPassword" errors={form.fields} hint={t('auth.passwordHint')}>
        {(p) => <input {...p} type="password" autoComplete="new-password" value={v.newPassword} onChange={(e) => setV({ ...v, newPassword: e.target.value })} />}
      </Field>
      <SubmitButton pending={form.pending}>{t('profile.changePassword')}</SubmitButton>
    </form>
  );
}

export function ProfilePage() {
  const { t } = useI18n();
  const { user, loaded } = useSession();
  const resend = useAction();
  const [resent, setResent] = useState(false);
  useTitle(t('profile.title'));
  if (!loaded) return <Loading />;
  if (!user) return <SignInRequired />;
  return (
    <section className="page narrow">
      <PageHeader title={t('profile.title')} />
      <p className="muted">{user.email}</p>
      {!user.emailVerified ? (
        <div className="notice warn" role="note">
          <p>{t('profile.unverified')}</p>
          {resent ? (
            <p role="status">{t('profile.resent')}</p>
          ) : (
            <button type="button" className="btn" disabled={resend.pending} onClick={() => void resend.run(async () => { await api.post('/auth/resend-verification'); return true; }).then((ok) => ok && setResent(true))}>
              {t('profile.resend')}
            </button>
          )}
          <FormError message={resend.error} />
        </div>
      ) : null}
      <ProfileForm user={user} />
      <PasswordForm />
    </section>
  );
}
