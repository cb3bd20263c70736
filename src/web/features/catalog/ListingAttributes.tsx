import type { ListingSummary, Offer } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useEnumLabels, label } from '../../i18n/enum-labels.ts';
import { Row } from '../../components/bits.tsx';

/** The structured attributes of a listing as a definition list. */
export function ListingAttributes({ listing: l, fieldName }: { listing: ListingSummary; fieldName(code: string): string }) {
  const { t, fmt } = useI18n();
  const labels = useEnumLabels();
  // Summaries (lists, queues) carry no patents; full offers do.
  const patents = 'patents' in l ? (l as Offer).patents : [];
  // Field names and keywords contain "and" themselves, so a sentence-style list would blur them.
  const chips = (xs: string[]) =>
    xs.length ? (
      <ul className="chips">
        {xs.map((x) => (
          <li key={x} className="chip">
            {x}
          </li>
        ))}
      </ul>
    ) : null;
  const join = (xs: string[]) => (xs.length ? fmt.list(xs) : null);
  return (
    <dl className="facts">
      <Row term={t('listing.fields')}>{chips(l.fields.map(fieldName))}</Row>
      {l.kind === 'offer' ? (
        <>
          <Row term={t('listing.trl')}>{t('listing.trlValue', { trl: l.trl })}</Row>
          <Row term={t('listing.ipStatus')}>{label(labels.ipStatus, l.ipStatus)}</Row>
          <Row term={t('listing.patents')}>
            {patents.length ? (
              <ul className="plain">
                {patents.map((p) => (
                  <li key={p.number}>
                    {p.number} ({fmt.country(p.jurisdiction)})
                  </li>
                ))}
              </ul>
            ) : null}
          </Row>
          <Row term={t('listing.transferModes')}>{join(l.transferModes.map((m) => label(labels.mode, m)))}</Row>
          <Row term={t('listing.price')}>
            {l.price?.amount != null && l.price.currency
              ? fmt.money(l.price.amount, l.price.currency) + (l.price.negotiable ? ` · ${t('listing.negotiable')}` : '')
              : l.price?.negotiable
                ? t('listing.negotiable')
                : t('listing.priceOnRequest')}
          </Row>
          <Row term={t('listing.targetCountries')}>{join(l.targetCountries.map(fmt.country))}</Row>
        </>
      ) : (
        <>
          <Row term={t('listing.minTrl')}>{t('listing.trlValue', { trl: l.minTrl })}</Row>
          <Row term={t('listing.cooperationModes')}>{join(l.cooperationModes.map((m) => label(labels.mode, m)))}</Row>
          <Row term={t('listing.budget')}>
            {l.budget && l.budget.currency && (l.budget.min != null || l.budget.max != null)
              ? t('listing.budgetRange', {
                  min: l.budget.min != null ? fmt.money(l.budget.min, l.budget.currency) : '—',
                  max: l.budget.max != null ? fmt.money(l.budget.max, l.budget.currency) : '—',
                })
              : null}
          </Row>
          <Row term={t('listing.deadline')}>{l.deadline ? fmt.date(l.deadline) : null}</Row>
          <Row term={t('listing.neededCountries')}>{join(l.neededCountries.map(fmt.country))}</Row>
          <Row term={t('listing.visibility')}>{label(labels.visibility, l.visibility)}</Row>
        </>
      )}
      <Row term={t('listing.keywords')}>{chips(l.keywords)}</Row>
      <Row term={t('listing.originalLanguage')}>{fmt.language(l.originalLang)}</Row>
    </dl>
  );
}
