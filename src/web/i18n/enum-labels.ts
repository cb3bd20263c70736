import { useMemo } from 'react';
import { useI18n } from './I18nProvider.tsx';

/**
 * Labels of the closed vocabularies. Written out key by key (no computed keys) so that
 * scripts/i18n-check.ts sees every message the app uses.
 */
export function useEnumLabels() {
  const { t } = useI18n();
  return useMemo(
    () => ({
      orgType: {
        university: t('enum.orgType.university'),
        research_institute: t('enum.orgType.research_institute'),
        enterprise: t('enum.orgType.enterprise'),
        sme: t('enum.orgType.sme'),
        startup: t('enum.orgType.startup'),
        government_agency: t('enum.orgType.government_agency'),
        tech_transfer_intermediary: t('enum.orgType.tech_transfer_intermediary'),
        science_park: t('enum.orgType.science_park'),
        incubator: t('enum.orgType.incubator'),
        investor: t('enum.orgType.investor'),
      } as Record<string, string>,
      ipStatus: {
        granted_patent: t('enum.ipStatus.granted_patent'),
        pending_application: t('enum.ipStatus.pending_application'),
        utility_model: t('enum.ipStatus.utility_model'),
        software_copyright: t('enum.ipStatus.software_copyright'),
        know_how: t('enum.ipStatus.know_how'),
        none: t('enum.ipStatus.none'),
      } as Record<string, string>,
      mode: {
        exclusive_licence: t('enum.mode.exclusive_licence'),
        non_exclusive_licence: t('enum.mode.non_exclusive_licence'),
        assignment: t('enum.mode.assignment'),
        joint_development: t('enum.mode.joint_development'),
        technical_service: t('enum.mode.technical_service'),
        investment: t('enum.mode.investment'),
      } as Record<string, string>,
      visibility: {
        public: t('enum.visibility.public'),
        anonymous: t('enum.visibility.anonymous'),
        operators_only: t('enum.visibility.operators_only'),
      } as Record<string, string>,
      role: {
        owner: t('enum.role.owner'),
        editor: t('enum.role.editor'),
        member: t('enum.role.member'),
      } as Record<string, string>,
      status: {
        draft: t('enum.status.draft'),
        submitted: t('enum.status.submitted'),
        changes_requested: t('enum.status.changes_requested'),
        published: t('enum.status.published'),
        rejected: t('enum.status.rejected'),
        paused: t('enum.status.paused'),
        closed: t('enum.status.closed'),
        expired: t('enum.status.expired'),
      } as Record<string, string>,
      verification: {
        unverified: t('enum.verification.unverified'),
        pending: t('enum.verification.pending'),
        verified: t('enum.verification.verified'),
        rejected: t('enum.verification.rejected'),
      } as Record<string, string>,
      source: {
        original: t('enum.source.original'),
        author: t('enum.source.author'),
        machine: t('enum.source.machine'),
      } as Record<string, string>,
      closeReason: {
        transferred: t('enum.closeReason.transferred'),
        withdrawn: t('enum.closeReason.withdrawn'),
      } as Record<string, string>,
    }),
    [t],
  );
}

export type EnumLabels = ReturnType<typeof useEnumLabels>;
/** A label, or the raw value when the vocabulary gained a value the UI does not know yet. */
export const label = (map: Record<string, string>, v: string | null | undefined) => (v ? (map[v] ?? v) : '');
