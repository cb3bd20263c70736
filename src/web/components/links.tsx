import { Link, NavLink, type LinkProps } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** A link inside the current locale: `to="/offers"` becomes "/th/offers". */
export function L({ to, ...rest }: Omit<LinkProps, 'to'> & { to: string }) {
  const { locale } = useI18n();
  return <Link to={`/${locale}${to}`} {...rest} />;
}

export function NavL({ to, end, children, onClick }: { to: string; end?: boolean; children: React.ReactNode; onClick?: () => void }) {
  const { locale } = useI18n();
  return (
    <NavLink to={`/${locale}${to}`} end={end} onClick={onClick} className={({ isActive }) => (isActive ? 'active' : undefined)}>
      {children}
    </NavLink>
  );
}

export function useLocalePath() {
  const { locale } = useI18n();
  return (to: string) => `/${locale}${to}`;
}
