import { useId } from 'react';
import type { FieldTaxonomy } from '../../api/taxonomy.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { FieldErrors } from '../../components/form.tsx';

/** Fields of technology as grouped checkboxes (top field, then its sub-fields). */
export function FieldPicker({
  tax,
  value,
  onChange,
  errors,
}: {
  tax: FieldTaxonomy | null;
  value: string[];
  onChange(v: string[]): void;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  const id = useId();
  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));
  const err = errors.fields;
  return (
    <fieldset className={`field-picker${err ? ' has-error' : ''}`} aria-describedby={err ? `${id}-err` : `${id}-hint`}>
      <legend>{t('form.fields')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('form.fieldsHint', { count: value.length })}
      </p>
      <div className="field-picker-scroll">
        {tax?.tree.map((top) => (
          <div key={top.code} className="field-group">
            <label className="check strong">
              <input type="checkbox" checked={value.includes(top.code)} onChange={(e) => toggle(top.code, e.target.checked)} />
              <span>{top.label}</span>
            </label>
            <div className="field-children">
              {top.children.map((c) => (
                <label key={c.code} className="check">
                  <input type="checkbox" checked={value.includes(c.code)} onChange={(e) => toggle(c.code, e.target.checked)} />
                  <span>{c.label}</span>
                </label>
              ))}
            </div>
          </div>
        ))}
        {tax && tax.tree.length === 0 ? <p className="muted">{t('form.fieldsUnavailable')}</p> : null}
      </div>
      {err ? (
        <p className="field-error" id={`${id}-err`}>
          {err}
        </p>
      ) : null}
    </fieldset>
  );
}
