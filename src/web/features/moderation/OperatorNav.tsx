import { useI18n } from '../../i18n/I18nProvider.tsx';
import { SubNav } from '../../components/SubNav.tsx';

export function OperatorNav() {
  const { t } = useI18n();
  return (
    <SubNav
      label={t('nav.operator')}
      items={[
        { to: '/operator/moderation', text: t('moderation.queueTitle') },
        { to: '/operator/verification', text: t('verification.queueTitle') },
      ]}
    />
  );
}
