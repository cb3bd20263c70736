import { useI18n } from '../../i18n/I18nProvider.tsx';
import { SubNav } from '../../components/SubNav.tsx';

export function AdminNav() {
  const { t } = useI18n();
  return (
    <SubNav
      label={t('nav.admin')}
      items={[
        { to: '/admin/users', text: t('admin.users') },
        { to: '/admin/audit', text: t('admin.audit') },
        { to: '/admin/mailbox', text: t('admin.mailbox') },
      ]}
    />
  );
}
