import { useState, type FormEvent } from 'react';
import { useRegisterMutation } from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { toApiLanguage, useI18n, type Lang } from '../i18n/i18n';
import { latinDigits } from '../i18n/format';
import { Link, navigate } from '../router';
import { CaptchaField, useCaptcha } from '../ui/captcha';
import { ErrorSummary, Field, Form, LanguageChoice, splitErrors, TermsAcceptance, useFocusOnRefusal, type UserErrorLike } from '../ui/forms';
import { StrengthMeter } from '../ui/strength-meter';
import type { PendingChallenge } from './verify';
import { PageHeading } from '../ui/page-heading';

const FIELDS = ['nationalId', 'mobile', 'username', 'password', 'passwordConfirmation', 'email', 'emailConfirmation', 'preferredLanguage', 'captchaCode', 'proofOfWork', 'acceptTerms'] as const;

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
  // Null until the person picks one: until then the choice follows the language on screen.
  const [language, setLanguage] = useState<Lang | null>(null);
  const [acceptTerms, setAcceptTerms] = useState(false);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  // A key, not a text: shown in the language on screen even after a switch.
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [register, { loading }] = useRegisterMutation();
  const { form, refused } = useFocusOnRefusal();
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    let renewed = true;
    try {
      const { data } = await register({
        variables: {
          input: {
            ...values,
            nationalId: latinDigits(values.nationalId),
            mobile: latinDigits(values.mobile),
            captchaCode: latinDigits(values.captchaCode),
            captchaId: captcha.captcha?.id ?? '',
            proofOfWork: await captcha.proofOfWork(),
            preferredLanguage: toApiLanguage(language ?? lang),
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
      renewed = captcha.settle(result?.captchaSpent ?? true, result?.errors);
    } catch {
      setFailure('app.error.network');
      captcha.settle(true);
    }
    // A used image code goes with its digits; one the server kept stays, digits and all.
    if (renewed) setValues((v) => ({ ...v, captchaCode: '' }));
    refused();
  }

  const { byField, summary } = splitErrors(errors, FIELDS, lang);
  const termsError = byField.acceptTerms;
  const languageError = byField.preferredLanguage;
  return (
    <Form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="page-title">
      <ErrorSummary items={summary} failure={failure && t(failure)} />
      <Field
        name="nationalId"
        label={t('register.nationalId')}
        hint={`${t('register.nationalIdHint')} ${t('form.digitsHint')}`}
        errors={byField.nationalId}
        value={values.nationalId}
        onValue={set('nationalId')}
        inputMode="numeric"
        autoComplete="off"
        required
        dir="ltr"
      />
      <Field
        name="mobile"
        type="tel"
        label={t('register.mobile')}
        hint={t('register.mobileHint')}
        errors={byField.mobile}
        value={values.mobile}
        onValue={set('mobile')}
        inputMode="tel"
        autoComplete="tel"
        required
        dir="ltr"
      />
      <Field
        name="username"
        label={t('register.username')}
        hint={t('register.usernameHint')}
        errors={byField.username}
        value={values.username}
        onValue={set('username')}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        dir="ltr"
      />
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
      <Field
        name="passwordConfirmation"
        type="password"
        label={t('register.passwordConfirmation')}
        errors={byField.passwordConfirmation}
        value={values.passwordConfirmation}
        onValue={set('passwordConfirmation')}
        autoComplete="new-password"
        required
        dir="ltr"
      />
      <Field name="email" type="email" label={t('register.email')} errors={byField.email} value={values.email} onValue={set('email')} autoComplete="email" required dir="ltr" />
      <Field
        name="emailConfirmation"
        type="email"
        label={t('register.emailConfirmation')}
        errors={byField.emailConfirmation}
        value={values.emailConfirmation}
        onValue={set('emailConfirmation')}
        autoComplete="off"
        required
        dir="ltr"
      />
      <LanguageChoice value={language} onValue={setLanguage} errors={languageError} />
      <CaptchaField captcha={captcha} value={values.captchaCode} onValue={set('captchaCode')} errors={[...(byField.captchaCode ?? []), ...(byField.proofOfWork ?? [])]} />
      <TermsAcceptance checked={acceptTerms} onChecked={setAcceptTerms} errors={termsError} />
      <button type="submit" className="button-primary" disabled={loading} aria-disabled={loading}>
        {loading ? t('form.sending') : t('register.submit')}
      </button>
      <p>
        {t('register.haveAccount')} <Link href="/">{t('register.toLogin')}</Link>
      </p>
    </Form>
  );
}

export default function RegisterPage() {
  const { t } = useI18n();
  return (
    <div className="narrow">
      <PageHeading>{t('register.title')}</PageHeading>
      <p>{t('register.intro')}</p>
      <RegisterForm />
    </div>
  );
}
