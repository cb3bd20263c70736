import { useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import type { OrganizationDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useEnumLabels, label } from '../../i18n/enum-labels.ts';
import { FormError, useSubmit } from '../../components/form.tsx';
import { ErrorState, Loading, PageHeader, StatusBadge, useTitle } from '../../components/bits.tsx';
import { L } from '../../components/links.tsx';

/** An owner asks the national operator of the organisation's country to verify it. */
export function VerificationRequestPage() {
  const { id } = useParams();
  const { t, fmt, locale } = useI18n();
  const labels = useEnumLabels();
  const res = useApi(() => api.get<OrganizationDetail>(`/organizations/${id}`, { locale }), [id, locale]);
  const send = useSubmit(
    () => api.post<OrganizationDetail>(`/organizations/${id}/verification-request`),
    (o) => (o && 'id' in o ? res.setData(o) : res.reload()),
  );
  useTitle(t('org.requestVerification'));
  if (res.error) return <ErrorState error={res.error} />;
  const org = res.data;
  if (!org) return <Loading />;
  const canRequest = org.verificationStatus === 'unverified' || org.verificationStatus === 'rejected';
  return (
    <section className="page narrow">
      <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
        <L to={`/organizations/${id}`}>{org.name}</L>
      </nav>
      <PageHeader title={t('org.requestVerification')} />
      <p>
        {t('verification.status')} <StatusBadge status={org.verificationStatus} label={label(labels.verification, org.verificationStatus)} />
      </p>
      {org.verificationStatus === 'rejected' && org.verificationNote ? (
        <div className="notice warn" role="note">
          <p>{t('verification.rejectedNote', { note: org.verificationNote })}</p>
        </div>
      ) : null}
      <p>{t('verification.explain', { country: fmt.country(org.country) })}</p>
      <ul>
        <li>{t('verification.check1')}</li>
        <li>{t('verification.check2')}</li>
        <li>{t('verification.check3')}</li>
      </ul>
      {canRequest ? (
        <form onSubmit={send.onSubmit}>
          <FormError message={send.error} />
          <button type="submit" className="btn primary" disabled={send.pending}>
            {t('verification.send')}
          </button>
        </form>
      ) : org.verificationStatus === 'pending' ? (
        <p className="notice" role="status">
          {t('verification.pending')}
        </p>
      ) : null}
    </section>
  );
}
