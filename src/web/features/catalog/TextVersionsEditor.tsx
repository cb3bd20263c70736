import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Field, type FieldErrors } from '../../components/form.tsx';
import { LOCALES, type ListingKind } from '../../lib/enums.ts';

export type TextDraft = Record<string, string> & { lang: string };

const OFFER_PARTS = ['title', 'summary', 'description', 'applications', 'advantages'] as const;
const REQUEST_PARTS = ['title', 'problem', 'desiredOutcome'] as const;
export const textParts = (kind: ListingKind) => (kind === 'offer' ? OFFER_PARTS : REQUEST_PARTS);
export const emptyText = (kind: ListingKind, lang: string): TextDraft =>
  Object.fromEntries([['lang', lang], ...textParts(kind).map((p) => [p, ''])]) as TextDraft;

/**
 * The original text plus optional extra language versions. The original's language is the
 * first entry; each entry's inputs are named like the API's error paths ("texts.1.title").
 */
export function TextVersionsEditor({
  kind,
  texts,
  onChange,
  errors,
}: {
  kind: ListingKind;
  texts: TextDraft[];
  onChange(next: TextDraft[]): void;
  errors: FieldErrors;
}) {
  const { t, fmt } = useI18n();
  const partLabel: Record<string, string> = {
    title: t('form.title'),
    summary: t('form.summary'),
    description: t('form.description'),
    applications: t('form.applications'),
    advantages: t('form.advantages'),
    problem: t('form.problem'),
    desiredOutcome: t('form.desiredOutcome'),
  };
  const multiline = new Set(['summary', 'description', 'applications', 'advantages', 'problem', 'desiredOutcome']);
  const used = new Set(texts.map((x) => x.lang));
  const free = LOCALES.filter((l) => !used.has(l));
  const update = (i: number, part: string, v: string) => onChange(texts.map((x, j) => (j === i ? { ...x, [part]: v } : x)));

  return (
    <div className="text-versions">
      {texts.map((tx, i) => (
        <fieldset key={tx.lang} className="text-version" lang={tx.lang}>
          <legend>
            {i === 0 ? t('form.originalVersion', { language: fmt.language(tx.lang) }) : t('form.extraVersion', { language: fmt.language(tx.lang) })}
          </legend>
          {textParts(kind).map((part) => (
            <Field key={part} label={partLabel[part]} name={`texts.${i}.${part}`} errors={errors}>
              {(p) =>
                multiline.has(part) ? (
                  <textarea {...p} rows={part === 'description' ? 8 : part === 'summary' ? 3 : 4} value={tx[part] ?? ''} onChange={(e) => update(i, part, e.target.value)} />
                ) : (
                  <input {...p} type="text" required={part === 'title'} maxLength={200} value={tx[part] ?? ''} onChange={(e) => update(i, part, e.target.value)} />
                )
              }
            </Field>
          ))}
          {i > 0 ? (
            <button type="button" className="btn subtle" onClick={() => onChange(texts.filter((_, j) => j !== i))}>
              {t('form.removeVersion', { language: fmt.language(tx.lang) })}
            </button>
          ) : null}
        </fieldset>
      ))}
      {free.length > 0 ? (
        <div className="inline-form">
          <label htmlFor="add-version">{t('form.addVersion')}</label>
          <select
            id="add-version"
            value=""
            onChange={(e) => {
              if (e.target.value) onChange([...texts, emptyText(kind, e.target.value)]);
            }}
          >
            <option value="">{t('form.chooseLanguage')}</option>
            {free.map((l) => (
              <option key={l} value={l}>
                {fmt.language(l)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}
