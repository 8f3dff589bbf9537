import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

export interface FieldErrorLike {
  field?: string | null;
  message: string;
}

/** The server's errors split into those beside an input of this form and those for the top. */
export function splitErrors(errors: readonly FieldErrorLike[], fields: readonly string[]) {
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  for (const e of errors) {
    if (e.field && fields.includes(e.field)) (byField[e.field] ??= []).push(e.message);
    else general.push(e.message);
  }
  return { byField, general };
}

/** Errors that belong to no input on the page, announced at once. */
export function ErrorSummary({ messages }: { messages: string[] }) {
  const { t } = useI18n();
  if (!messages.length) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{t('form.errorSummary')}</p>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  value: string;
  onValue(value: string): void;
  after?: ReactNode;
}

/** A labelled input with its hint and the server's messages about it, tied by aria-describedby. */
export function Field({ name, label, hint, errors, value, onValue, after, required, ...input }: FieldProps) {
  const { t } = useI18n();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`field${errorId ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> {t('form.required')}</span>}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        required={required}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
        {...input}
      />
      {after}
      {errorId && (
        <p id={errorId} className="error-text">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}

/** Moves focus to the first invalid input (or the summary) after a refused submit. */
export function focusFirstError(form: HTMLFormElement | null): void {
  const target = form?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]');
  if (target) {
    if (target.getAttribute('role') === 'alert') target.tabIndex = -1;
    target.focus();
  }
}

interface SelectFieldProps {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  value: string;
  onValue(value: string): void;
  placeholder: string;
  options: { value: string; label: string }[];
  disabled?: boolean;
}

/** A labelled select with the server's messages about it. */
export function SelectField({ name, label, hint, errors, value, onValue, placeholder, options, disabled }: SelectFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`field${errorId ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        disabled={disabled}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {errorId && (
        <p id={errorId} className="error-text">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}
