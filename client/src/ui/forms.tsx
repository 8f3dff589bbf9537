import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type FormHTMLAttributes,
  type InputHTMLAttributes,
  type MouseEvent,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import type { MessageKey } from '../i18n/ar';
import { translate, useI18n, type Lang } from '../i18n/i18n';
import { presentServerMessage } from '../i18n/server-text';

/** An error to show: the server's (a code and its message), or the portal's own (`key`, for what the client checks itself). */
export interface FieldErrorLike {
  field?: string | null;
  code?: string | null;
  message: string;
  key?: MessageKey;
}

/** A refusal as every module's error type has it (`IdentityError`, `RequestError`, …): where, which code, what to do. */
export interface UserErrorLike {
  field: string | null;
  code: string;
  message: string;
}

/** One line of the error summary: a message, linked to its input when it is about one. */
export interface SummaryItem {
  field?: string;
  message: string;
}

/**
 * The server's errors for a form, in the language on screen: those beside an input of this form
 * (`byField`), those about the form as a whole (`general`), and all of them in the order of the
 * form for the summary at its top.
 */
export function splitErrors(errors: readonly FieldErrorLike[], fields: readonly string[], lang: Lang) {
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  for (const e of errors) {
    const message = e.key ? translate(lang, e.key) : presentServerMessage(e, lang);
    if (e.field && fields.includes(e.field)) (byField[e.field] ??= []).push(message);
    else general.push(message);
  }
  const summary: SummaryItem[] = [...fields.flatMap((field) => (byField[field] ?? []).map((message) => ({ field, message }))), ...general.map((message) => ({ message }))];
  return { byField, general, summary };
}

/** The id prefix of a form's inputs, so the error summary can link to them. */
const FieldIds = createContext<string | null>(null);

const noSubscription = () => () => undefined;
/**
 * False while a page the server drew is shown but its code has not taken it over yet (and on the
 * server); true once the browser runs the page.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/**
 * A `<form>` whose inputs get ids the error summary links to. On a page the server drew, its fields
 * wait for the page's code: typed earlier, a value would be lost as the browser takes the page
 * over, and a form sent before would go to the address as a plain form, password in the URL.
 */
export function Form({ ref, children, ...props }: FormHTMLAttributes<HTMLFormElement> & { ref?: Ref<HTMLFormElement> }) {
  const prefix = `f${useId().replace(/[^\w-]/g, '')}`;
  const hydrated = useHydrated();
  return (
    <FieldIds value={prefix}>
      <form ref={ref} {...props}>
        <fieldset className="form-fields" role="presentation" disabled={!hydrated}>
          {children}
        </fieldset>
      </form>
    </FieldIds>
  );
}

/** The id of the input called `name`: stable inside a `Form`, unique elsewhere. */
export function useFieldId(name: string): string {
  const prefix = useContext(FieldIds);
  const own = useId();
  return prefix ? `${prefix}-${name}` : own;
}

function fieldIdIn(prefix: string | null, name: string): string | undefined {
  return prefix ? `${prefix}-${name}` : undefined;
}

/**
 * The GOV.UK error summary: every problem of the form at its top, each linked to its input, and
 * focused after a refused submit (focusFirstError) so that a screen reader reads it at once and a
 * keyboard user goes from it to the field.
 */
export function ErrorSummary({ items, failure }: { items: readonly SummaryItem[]; failure?: string | null }) {
  const { t } = useI18n();
  const prefix = useContext(FieldIds);
  const all: SummaryItem[] = [...(failure ? [{ message: failure }] : []), ...items];
  if (!all.length) return null;
  const go = (name: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const input = document.getElementById(fieldIdIn(prefix, name) ?? '');
    if (!input) return;
    event.preventDefault();
    // The label and hint above the input come into view too, as in GOV.UK's summary.
    (input.closest('.field') ?? input).scrollIntoView({ block: 'start' });
    input.focus({ preventScroll: true });
  };
  return (
    <div className="alert alert-error error-summary" role="alert" tabIndex={-1} aria-labelledby={prefix ? `${prefix}-summary` : undefined}>
      <p className="alert-title" id={prefix ? `${prefix}-summary` : undefined}>
        {t('form.errorSummary')}
      </p>
      <ul>
        {all.map((item, i) => {
          const target = item.field ? fieldIdIn(prefix, item.field) : undefined;
          return (
            <li key={`${item.field ?? ''}-${i}`}>
              {target && item.field ? (
                <a href={`#${target}`} onClick={go(item.field)}>
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          );
        })}
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
  const id = useFieldId(name);
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

/** After a refused submit: focus the form's error summary (or, without one, the first invalid input). */
export function focusFirstError(form: HTMLFormElement | null): void {
  const target = form?.querySelector<HTMLElement>('.error-summary') ?? form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  target?.focus();
}

/**
 * The form's element and `refused()`, to call with the state updates of a refusal: the focus
 * moves to the error summary once React has rendered it (not before, when it would land on
 * <body>: the submit button, disabled while sending, has just lost it).
 */
export function useFocusOnRefusal(): { form: RefObject<HTMLFormElement | null>; refused(): void } {
  const form = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals) focusFirstError(form.current);
  }, [refusals]);
  return { form, refused: useCallback(() => setRefusals((n) => n + 1), []) };
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
  const id = useFieldId(name);
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

/**
 * One choice among a few, as radio buttons under a legend, with the server's messages about it: the
 * first radio carries the field's id, so the error summary's link lands on the group.
 */
export function RadioGroup({
  name,
  legend,
  hint,
  options,
  value,
  onValue,
  errors,
}: {
  name: string;
  legend: string;
  hint?: ReactNode;
  options: readonly { value: string; label: string }[];
  value: string;
  onValue(value: string): void;
  errors?: string[];
}) {
  const id = useFieldId(name);
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset className={`field${errorId ? ' field-invalid' : ''}`} aria-describedby={errorId}>
      <legend>{legend}</legend>
      {hint}
      {options.map((o, i) => (
        <label key={o.value} className="choice">
          <input type="radio" id={i === 0 ? id : undefined} name={name} value={o.value} checked={value === o.value} onChange={() => onValue(o.value)} />
          {o.label}
        </label>
      ))}
      {errorId && (
        <p id={errorId} className="error-text">
          {errors!.join(' ')}
        </p>
      )}
    </fieldset>
  );
}

/** Several choices of a list (violations to pay, services to delegate), with the server's error under them. */
export function CheckboxGroup({
  name,
  legend,
  options,
  value,
  onValue,
  errors,
}: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  value: readonly string[];
  onValue(value: string[]): void;
  errors?: string[];
}) {
  const { t } = useI18n();
  const id = useFieldId(name);
  const errorId = `${id}-error`;
  return (
    <fieldset className={`field${errors?.length ? ' field-invalid' : ''}`} aria-describedby={errors?.length ? errorId : undefined}>
      <legend>{legend}</legend>
      {options.length ? (
        options.map((o, i) => (
          <label key={o.value} className="choice">
            <input
              type="checkbox"
              id={i === 0 ? id : undefined}
              name={name}
              value={o.value}
              checked={value.includes(o.value)}
              onChange={(e) => onValue(e.target.checked ? [...value, o.value] : value.filter((x) => x !== o.value))}
            />
            {o.label}
          </label>
        ))
      ) : (
        <p className="hint">{t('service.noneToChoose')}</p>
      )}
      {errors?.length ? (
        <p id={errorId} className="error-text">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * The preferred-language choice of registration (SPEC §2), with the server's error under it. It
 * follows the language on screen until the person picks one (`value` null): someone who switched
 * the page to English wants English messages, SMS and e-mails unless they say otherwise.
 */
export function LanguageChoice({ value, onValue, errors }: { value: Lang | null; onValue: (lang: Lang) => void; errors?: string[] }) {
  const { t, lang } = useI18n();
  return (
    <RadioGroup
      name="preferredLanguage"
      legend={t('register.preferredLanguage')}
      options={[
        { value: 'ar', label: t('register.language.AR') },
        { value: 'en', label: t('register.language.EN') },
      ]}
      value={value ?? lang}
      onValue={(l) => onValue(l === 'en' ? 'en' : 'ar')}
      errors={errors}
    />
  );
}

/** Acceptance of the terms of use and the privacy policy, both linked (they open in a new tab). */
export function TermsAcceptance({ checked, onChecked, errors }: { checked: boolean; onChecked: (checked: boolean) => void; errors?: string[] }) {
  const { t } = useI18n();
  const id = useFieldId('acceptTerms');
  return (
    <div className={`field${errors ? ' field-invalid' : ''}`}>
      <label className="choice">
        <input
          type="checkbox"
          id={id}
          name="acceptTerms"
          checked={checked}
          onChange={(e) => onChecked(e.target.checked)}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${id}-error` : undefined}
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
        <p id={`${id}-error`} className="error-text">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
