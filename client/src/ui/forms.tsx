import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { useI18n, type Lang } from '../i18n/i18n';

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

/** The preferred-language choice of registration (SPEC §2), with the server's error under it. */
export function LanguageChoice({ value, onValue, errors }: { value: Lang; onValue: (lang: Lang) => void; errors?: string[] }) {
  const { t } = useI18n();
  return (
    <fieldset className="field" aria-describedby={errors ? 'language-error' : undefined}>
      <legend>{t('register.preferredLanguage')}</legend>
      {(['ar', 'en'] as const).map((l) => (
        <label key={l} className="choice">
          <input type="radio" name="preferredLanguage" value={l} checked={value === l} onChange={() => onValue(l)} />
          {t(l === 'ar' ? 'register.language.AR' : 'register.language.EN')}
        </label>
      ))}
      {errors && (
        <p id="language-error" className="error-text">
          {errors.join(' ')}
        </p>
      )}
    </fieldset>
  );
}

/** Acceptance of the terms of use and the privacy policy, both linked (they open in a new tab). */
export function TermsAcceptance({ checked, onChecked, errors }: { checked: boolean; onChecked: (checked: boolean) => void; errors?: string[] }) {
  const { t } = useI18n();
  return (
    <div className={`field${errors ? ' field-invalid' : ''}`}>
      <label className="choice">
        <input
          type="checkbox"
          name="acceptTerms"
          checked={checked}
          onChange={(e) => onChecked(e.target.checked)}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? 'terms-error' : undefined}
        />
        <span>
          {t('register.acceptTermsBefore')}{' '}
          <a href="/terms" target="_blank" rel="noopener">
            {t('register.terms')}
            <span className="visually-hidden"> {t('register.opensNewTab')}</span>
          </a>{' '}
          {t('register.and')}
          <a href="/privacy" target="_blank" rel="noopener">
            {t('register.privacy')}
            <span className="visually-hidden"> {t('register.opensNewTab')}</span>
          </a>
        </span>
      </label>
      {errors && (
        <p id="terms-error" className="error-text">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
