import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Field, type FieldErrors } from '../../components/form.tsx';
import { NETWORK_COUNTRIES } from '../../lib/enums.ts';

type Patent = { number: string; jurisdiction: string };
/** Patent offices beyond the network that listings commonly cite (EP and WO are not countries). */
const EXTRA_JURISDICTIONS = ['EP', 'WO', 'US', 'JP', 'KR'];

export function PatentsEditor({ value, onChange, errors }: { value: Patent[]; onChange(v: Patent[]): void; errors: FieldErrors }) {
  const { t, fmt } = useI18n();
  const jurisdictions = [...NETWORK_COUNTRIES, ...EXTRA_JURISDICTIONS];
  const name = (c: string) => (c === 'EP' ? t('form.patentEP') : c === 'WO' ? t('form.patentWO') : fmt.country(c));
  const update = (i: number, k: keyof Patent, v: string) => onChange(value.map((p, j) => (j === i ? { ...p, [k]: v } : p)));
  return (
    <fieldset className="patents">
      <legend>{t('listing.patents')}</legend>
      {value.map((p, i) => (
        <div key={i} className="grid-3 patent-row">
          <Field label={t('form.patentNumber')} name={`patents.${i}.number`} errors={errors}>
            {(fp) => <input {...fp} type="text" value={p.number} onChange={(e) => update(i, 'number', e.target.value)} />}
          </Field>
          <Field label={t('form.patentJurisdiction')} name={`patents.${i}.jurisdiction`} errors={errors}>
            {(fp) => (
              <select {...fp} value={p.jurisdiction} onChange={(e) => update(i, 'jurisdiction', e.target.value)}>
                {jurisdictions.map((c) => (
                  <option key={c} value={c}>
                    {name(c)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="button" className="btn subtle small align-end" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t('form.removePatent')}
          </button>
        </div>
      ))}
      <button type="button" className="btn small" onClick={() => onChange([...value, { number: '', jurisdiction: 'CN' }])}>
        {t('form.addPatent')}
      </button>
    </fieldset>
  );
}
