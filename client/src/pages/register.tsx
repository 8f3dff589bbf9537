import { useRef, useState, type FormEvent } from 'react';
import { useRegisterMutation, type UserErrorFieldsFragment } from '../gql/graphql';
import { toApiLanguage, useI18n, type Lang } from '../i18n/i18n';
import { latinDigits } from '../i18n/format';
import { Link, navigate } from '../router';
import { CaptchaField, useCaptcha } from '../ui/captcha';
import { ErrorSummary, Field, focusFirstError, LanguageChoice, splitErrors, TermsAcceptance } from '../ui/forms';
import { StrengthMeter } from '../ui/strength-meter';
import type { PendingChallenge } from './verify';

const FIELDS = [
  'nationalId',
  'mobile',
  'username',
  'password',
  'passwordConfirmation',
  'email',
  'emailConfirmation',
  'preferredLanguage',
  'captchaCode',
  'acceptTerms',
] as const;

/** Registration with every field of SPEC §2; every rule is the server's. */
export function RegisterForm() {
  const { t, lang } = useI18n();
  const captcha = useCaptcha();
  const [values, setValues] = useState({
    nationalId: '',
    mobile: '',
    username: '',
    password: '',
    passwordConfirmation: '',
    email: '',
    emailConfirmation: '',
    captchaCode: '',
  });
  const [language, setLanguage] = useState<Lang>(lang);
  const [acceptTerms, setAcceptTerms] = useState(false);
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [register, { loading }] = useRegisterMutation();
  const form = useRef<HTMLFormElement>(null);
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      const { data } = await register({
        variables: {
          input: {
            ...values,
            nationalId: latinDigits(values.nationalId),
            mobile: latinDigits(values.mobile),
            captchaCode: latinDigits(values.captchaCode),
            captchaId: captcha.captcha?.id ?? '',
            preferredLanguage: toApiLanguage(language),
            acceptTerms,
          },
        },
      });
      const result = data?.register;
      if (result?.challenge) {
        const pending: PendingChallenge = { kind: 'register', challenge: result.challenge };
        navigate('/verify', pending);
        return;
      }
      setErrors(result?.errors ?? []);
    } catch {
      setFailure(t('app.error.network'));
    }
    setValues((v) => ({ ...v, captchaCode: '' }));
    void captcha.refresh();
    requestAnimationFrame(() => focusFirstError(form.current));
  }

  const { byField, general } = splitErrors(errors, FIELDS);
  const termsError = byField.acceptTerms;
  const languageError = byField.preferredLanguage;
  return (
    <form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="page-title">
      <ErrorSummary messages={[...(failure ? [failure] : []), ...general]} />
      <Field name="nationalId" label={t('register.nationalId')} hint={`${t('register.nationalIdHint')} ${t('form.digitsHint')}`} errors={byField.nationalId} value={values.nationalId} onValue={set('nationalId')} inputMode="numeric" autoComplete="off" required dir="ltr" />
      <Field name="mobile" type="tel" label={t('register.mobile')} hint={t('register.mobileHint')} errors={byField.mobile} value={values.mobile} onValue={set('mobile')} inputMode="tel" autoComplete="tel" required dir="ltr" />
      <Field name="username" label={t('register.username')} hint={t('register.usernameHint')} errors={byField.username} value={values.username} onValue={set('username')} autoComplete="username" autoCapitalize="none" spellCheck={false} required dir="ltr" />
      <Field
        name="password"
        type="password"
        label={t('register.password')}
        hint={t('register.passwordHint')}
        errors={byField.password}
        value={values.password}
        onValue={set('password')}
        autoComplete="new-password"
        required
        dir="ltr"
        after={<StrengthMeter password={values.password} userInputs={[values.username, values.email, values.nationalId]} />}
      />
      <Field name="passwordConfirmation" type="password" label={t('register.passwordConfirmation')} errors={byField.passwordConfirmation} value={values.passwordConfirmation} onValue={set('passwordConfirmation')} autoComplete="new-password" required dir="ltr" />
      <Field name="email" type="email" label={t('register.email')} errors={byField.email} value={values.email} onValue={set('email')} autoComplete="email" required dir="ltr" />
      <Field name="emailConfirmation" type="email" label={t('register.emailConfirmation')} errors={byField.emailConfirmation} value={values.emailConfirmation} onValue={set('emailConfirmation')} autoComplete="off" required dir="ltr" />
      <LanguageChoice value={language} onValue={setLanguage} errors={languageError} />
      <CaptchaField captcha={captcha} value={values.captchaCode} onValue={set('captchaCode')} errors={byField.captchaCode} />
      <TermsAcceptance checked={acceptTerms} onChecked={setAcceptTerms} errors={termsError} />
      <button type="submit" className="button-primary" disabled={loading} aria-disabled={loading}>
        {loading ? t('form.sending') : t('register.submit')}
      </button>
      <p>
        {t('register.haveAccount')} <Link href="/">{t('register.toLogin')}</Link>
      </p>
    </form>
  );
}

export default function RegisterPage() {
  const { t } = useI18n();
  return (
    <div className="narrow">
      <h1 id="page-title" tabIndex={-1}>
        {t('register.title')}
      </h1>
      <p>{t('register.intro')}</p>
      <RegisterForm />
    </div>
  );
}
