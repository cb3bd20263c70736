import type { OrganizationSummary } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useEnumLabels, label } from '../../i18n/enum-labels.ts';
import { L } from '../../components/links.tsx';
import { VerifiedBadge } from '../../components/bits.tsx';

export function OrganizationCard({ org }: { org: OrganizationSummary }) {
  const { fmt } = useI18n();
  const labels = useEnumLabels();
  return (
    <article className="card org-card">
      {org.logoUrl ? <img className="org-logo" src={org.logoUrl} alt="" width={48} height={48} /> : <span className="org-logo placeholder" aria-hidden="true">{org.name.slice(0, 1)}</span>}
      <div>
        <h3>
          <L to={`/organizations/${org.id}`}>
            <span lang={org.lang}>{org.name}</span>
          </L>{' '}
          <VerifiedBadge verified={org.verified} />
        </h3>
        <p className="muted">
          {label(labels.orgType, org.type)} · {fmt.country(org.country)}
          {org.region ? ` · ${org.region}` : ''}
        </p>
        {org.description ? (
          <p className="teaser" lang={org.lang}>
            {org.description}
          </p>
        ) : null}
      </div>
    </article>
  );
}
