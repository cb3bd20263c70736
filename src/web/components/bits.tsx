import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useErrorText } from './form.tsx';
import type { ApiError } from '../api/client.ts';
import { L } from './links.tsx';

/** Sets the document title for the page ("Offers · InnoPort"). */
export function useTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} · InnoPort`;
  }, [title]);
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  const text = useErrorText();
  if (error.status === 404) return <NotFoundBody />;
  if (error.status === 401) {
    return (
      <div className="notice warn" role="alert">
        <p>{t('auth.signInRequired')}</p>
        <L to="/signin" className="btn primary">
          {t('nav.signIn')}
        </L>
      </div>
    );
  }
  return (
    <div className="notice error" role="alert">
      <p>{text(error)}</p>
      {onRetry ? (
        <button type="button" className="btn" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function NotFoundBody() {
  const { t } = useI18n();
  useTitle(t('notFound.title'));
  return (
    <section className="page narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <L to="/" className="btn primary">
        {t('notFound.home')}
      </L>
    </section>
  );
}

export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useI18n();
  if (!verified) return null;
  return (
    <span className="badge verified" title={t('org.verifiedHint')}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
        <path d="M6.2 11.4 2.8 8l1.1-1.1 2.3 2.3 5.9-5.9L13.2 4.4z" fill="currentColor" />
      </svg>
      {t('org.verified')}
    </span>
  );
}

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`badge status-${status}`}>{label}</span>;
}

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="page-header">
      <h1>{title}</h1>
      {children ? <div className="page-actions">{children}</div> : null}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** Definition-list row that disappears when it has nothing to say. */
export function Row({ term, children }: { term: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '' || (Array.isArray(children) && children.length === 0)) return null;
  return (
    <div className="row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Shown by pages that need a signed-in user. */
export function SignInRequired() {
  const { t } = useI18n();
  return (
    <section className="page narrow">
      <div className="notice warn" role="alert">
        <p>{t('auth.signInRequired')}</p>
        <L to="/signin" className="btn primary">
          {t('nav.signIn')}
        </L>
      </div>
    </section>
  );
}
