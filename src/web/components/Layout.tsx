import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { LOCALE_NATIVE_NAMES, switchLocalePath } from '../i18n/locales.ts';
import { LOCALES, isLocale } from '../lib/enums.ts';
import { isOperator, useSession } from '../api/session.tsx';
import { api } from '../api/client.ts';
import { L, NavL } from './links.tsx';

function LocaleSwitcher() {
  const { t, locale } = useI18n();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  return (
    <div className="locale-switcher">
      <label htmlFor="locale-select" className="visually-hidden">
        {t('nav.language')}
      </label>
      <select
        id="locale-select"
        value={locale}
        onChange={(e) => {
          if (isLocale(e.target.value)) navigate(switchLocalePath(pathname, search, e.target.value));
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}

function Nav({ onNavigate }: { onNavigate: () => void }) {
  const { t, locale } = useI18n();
  const { user, setUser } = useSession();
  const navigate = useNavigate();
  const signOut = async () => {
    try {
      await api.post('/auth/logout');
    } finally {
      setUser(null);
      onNavigate();
      navigate(`/${locale}`);
    }
  };
  return (
    <>
      <ul className="nav-main">
        <li>
          <NavL to="/offers" onClick={onNavigate}>
            {t('nav.offers')}
          </NavL>
        </li>
        <li>
          <NavL to="/requests" onClick={onNavigate}>
            {t('nav.requests')}
          </NavL>
        </li>
        <li>
          <NavL to="/organizations" onClick={onNavigate}>
            {t('nav.organizations')}
          </NavL>
        </li>
        {user ? (
          <li>
            <NavL to="/dashboard" onClick={onNavigate}>
              {t('nav.dashboard')}
            </NavL>
          </li>
        ) : null}
        {isOperator(user) ? (
          <li>
            <NavL to="/operator/moderation" onClick={onNavigate}>
              {t('nav.operator')}
            </NavL>
          </li>
        ) : null}
        {user?.isAdmin ? (
          <li>
            <NavL to="/admin/users" onClick={onNavigate}>
              {t('nav.admin')}
            </NavL>
          </li>
        ) : null}
      </ul>
      <ul className="nav-account">
        {user ? (
          <>
            <li>
              <NavL to="/profile" onClick={onNavigate}>
                {user.displayName}
              </NavL>
            </li>
            <li>
              <button type="button" className="linklike" onClick={signOut}>
                {t('nav.signOut')}
              </button>
            </li>
          </>
        ) : (
          <>
            <li>
              <NavL to="/signin" onClick={onNavigate}>
                {t('nav.signIn')}
              </NavL>
            </li>
            <li>
              <NavL to="/register" onClick={onNavigate}>
                {t('nav.register')}
              </NavL>
            </li>
          </>
        )}
      </ul>
    </>
  );
}

/** Page frame: skip link, header with collapsible navigation, main landmark, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    setOpen(false);
    if (first.current) {
      first.current = false;
      return;
    }
    // A new page: start at the top and move keyboard and screen-reader focus to its content.
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <L to="" className="brand" aria-label={t('nav.homeLabel')}>
            <span className="brand-mark" aria-hidden="true">
              IP
            </span>
            <span className="brand-name">InnoPort</span>
          </L>
          <button
            type="button"
            className="nav-toggle"
            aria-expanded={open}
            aria-controls="site-nav"
            onClick={() => setOpen((o) => !o)}
          >
            <span aria-hidden="true" className="burger" />
            <span className="visually-hidden">{t('nav.menu')}</span>
          </button>
          <nav id="site-nav" className={`site-nav${open ? ' open' : ''}`} aria-label={t('nav.mainLabel')}>
            <Nav onNavigate={() => setOpen(false)} />
            <LocaleSwitcher />
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="footer-inner">
          <p>{t('footer.about')}</p>
          <p>
            <a href="/api/docs">{t('footer.api')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
