import type { ListingSummary } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useEnumLabels, label } from '../../i18n/enum-labels.ts';
import { fieldLabel, type FieldTaxonomy } from '../../api/taxonomy.ts';
import { L } from '../../components/links.tsx';
import { VerifiedBadge } from '../../components/bits.tsx';
import { kindPath, listingModes, listingTrl, teaser } from './listing-helpers.ts';

/** One listing in a list: title, teaser, organisation and the attributes people filter by. */
export function ListingCard({ listing, fields }: { listing: ListingSummary; fields: FieldTaxonomy | null }) {
  const { t, fmt, locale } = useI18n();
  const labels = useEnumLabels();
  const l = listing;
  const foreign = l.text.lang !== locale;
  return (
    <article className="card listing-card">
      <h3>
        <L to={`${kindPath(l.kind)}/${l.id}`}>
          <span lang={l.text.lang}>{l.text.title}</span>
        </L>
      </h3>
      {foreign ? (
        <p className="lang-marker">{t('listing.writtenIn', { language: fmt.language(l.text.lang) })}</p>
      ) : null}
      <p className="teaser" lang={l.text.lang}>
        {teaser(l.text)}
      </p>
      <ul className="meta">
        <li>
          {l.organization ? (
            <>
              <span>{l.organization.name}</span> <VerifiedBadge verified={l.organization.verified} />
            </>
          ) : (
            <span>{t('listing.anonymousOrg')}</span>
          )}
        </li>
        {l.organization ? <li>{fmt.country(l.organization.country)}</li> : null}
        <li>{l.kind === 'offer' ? t('listing.trlValue', { trl: listingTrl(l) }) : t('listing.minTrlValue', { trl: listingTrl(l) })}</li>
        {l.publishedAt ? <li>{t('listing.publishedOn', { date: fmt.date(l.publishedAt) })}</li> : null}
      </ul>
      <ul className="chips" aria-label={t('listing.fields')}>
        {l.fields.slice(0, 4).map((f) => (
          <li key={f} className="chip">
            {fieldLabel(fields, f)}
          </li>
        ))}
        {listingModes(l)
          .slice(0, 3)
          .map((m) => (
            <li key={m} className="chip mode">
              {label(labels.mode, m)}
            </li>
          ))}
      </ul>
    </article>
  );
}
