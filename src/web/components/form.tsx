import { useEffect, useId, useRef, useState, type ReactNode, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** Field errors keyed like the server's `error.fields` ("texts.0.title", "price.amount"). */
export type FieldErrors = Record<string, string>;

/** Turns an API error into a sentence in the viewer's language: `errors.<code>` if we have it. */
export function useErrorText() {
  const { lookup, t } = useI18n();
  return (err: unknown): string => {
    if (err instanceof ApiError) return lookup(`errors.${err.code}`) ?? err.message ?? t('errors.generic');
    return t('errors.generic');
  };
}

/**
 * Submit handling shared by every form: pending state, the translated top-level error
 * (announced through an aria-live region) and per-field errors shown beside their inputs.
 */
export function useSubmit<T>(action: () => Promise<T>, onDone?: (r: T) => void) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const errorText = useErrorText();
  const onSubmit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (pending) return;
    setPending(true);
    setError(null);
    setFields({});
    try {
      const r = await action();
      onDone?.(r);
    } catch (err) {
      setError(errorText(err));
      if (err instanceof ApiError) setFields(err.fields);
    } finally {
      setPending(false);
    }
  };
  return { pending, error, fields, onSubmit, setError, setFields };
}

export function FormError({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Bring the summary into view: on a long form the failing submit button is far below it.
    if (message) ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [message]);
  return (
    <div ref={ref} className="form-error" role="alert" aria-live="assertive">
      {message ? <p>{message}</p> : null}
    </div>
  );
}

interface FieldProps {
  label: string;
  name: string;
  errors?: FieldErrors;
  hint?: string;
  children: (p: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string; name: string }) => ReactNode;
  className?: string;
}

/** A labelled control with its hint and its error, wired for screen readers. */
export function Field({ label, name, errors, hint, children, className }: FieldProps) {
  const id = useId();
  const err = errors?.[name];
  const describedBy = [hint ? `${id}-hint` : '', err ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${err ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children({ id, name, 'aria-invalid': err ? true : undefined, 'aria-describedby': describedBy })}
      {err ? (
        <p className="field-error" id={`${id}-err`}>
          {err}
        </p>
      ) : null}
    </div>
  );
}

/** A group of checkboxes inside a fieldset with a legend. */
export function CheckboxGroup({
  legend,
  name,
  options,
  value,
  onChange,
  errors,
  columns,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange(v: string[]): void;
  errors?: FieldErrors;
  columns?: boolean;
}) {
  const id = useId();
  const err = errors?.[name];
  return (
    <fieldset className={`checks${columns ? ' columns' : ''}${err ? ' has-error' : ''}`} aria-describedby={err ? `${id}-err` : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check">
          <input
            type="checkbox"
            name={name}
            value={o.value}
            checked={value.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
          />
          <span>{o.label}</span>
        </label>
      ))}
      {err ? (
        <p className="field-error" id={`${id}-err`}>
          {err}
        </p>
      ) : null}
    </fieldset>
  );
}

export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <button type="submit" className="btn primary" disabled={pending} aria-busy={pending || undefined}>
      {children}
    </button>
  );
}

/** Like useSubmit, for buttons that each run their own request. */
export function useAction() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorText = useErrorText();
  const run = async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setPending(true);
    setError(null);
    try {
      return await fn();
    } catch (err) {
      setError(errorText(err));
      return undefined;
    } finally {
      setPending(false);
    }
  };
  return { pending, error, run, setError };
}
