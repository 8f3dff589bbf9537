import { useState, type FormEvent } from 'react';
import { useLoginMutation } from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { useI18n } from '../i18n/i18n';
import { latinDigits } from '../i18n/format';
import { Link, navigate } from '../router';
import { CaptchaField, useCaptcha } from '../ui/captcha';
import { ErrorSummary, Field, Form, splitErrors, useFocusOnRefusal, type UserErrorLike } from '../ui/forms';
import type { PendingChallenge } from './verify';

const FIELDS = ['identifier', 'password', 'captchaCode', 'proofOfWork'] as const;

/** Absher log-in, first factor: identifier, password and image code; then the SMS code page. */
export function LoginForm() {
  const { t, lang } = useI18n();
  const captcha = useCaptcha();
  const [values, setValues] = useState({ identifier: '', password: '', captchaCode: '' });
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  // A key, not a text: shown in the language on screen even after a switch.
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [login, { loading }] = useLoginMutation();
  const { form, refused } = useFocusOnRefusal();
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    let renewed = true;
    try {
      const { data } = await login({
        variables: {
          input: {
            identifier: latinDigits(values.identifier),
            password: values.password,
            captchaId: captcha.captcha?.id ?? '',
            captchaCode: latinDigits(values.captchaCode),
            proofOfWork: await captcha.proofOfWork(),
          },
        },
      });
      const result = data?.login;
      if (result?.challenge) {
        const pending: PendingChallenge = { kind: 'login', challenge: result.challenge };
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
  return (
    <Form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="login-title">
      <h2 id="login-title">{t('login.title')}</h2>
      <p className="login-intro">{t('login.intro')}</p>
      <ErrorSummary items={summary} failure={failure && t(failure)} />
      <Field name="identifier" label={t('login.identifier')} errors={byField.identifier} value={values.identifier} onValue={set('identifier')} autoComplete="username" required dir="ltr" />
      <Field
        name="password"
        type="password"
        label={t('login.password')}
        errors={byField.password}
        value={values.password}
        onValue={set('password')}
        autoComplete="current-password"
        required
        dir="ltr"
      />
      <CaptchaField captcha={captcha} value={values.captchaCode} onValue={set('captchaCode')} errors={[...(byField.captchaCode ?? []), ...(byField.proofOfWork ?? [])]} />
      <button type="submit" className="button-primary" disabled={loading} aria-disabled={loading}>
        {loading ? t('form.sending') : t('login.submit')}
      </button>
      <p>
        <Link href="/forgot-password">{t('login.forgot')}</Link>
      </p>
      <p>
        <Link href="/recover">{t('login.lostPhone')}</Link>
      </p>
      {captcha.ssoEnabled && (
        // A full page load: the national sign-on happens on the provider's site and comes back
        // through the server, which sets the refresh cookie.
        <p className="sso">
          <a className="button button-secondary" href={`/auth/sso/start?returnTo=${encodeURIComponent('/dashboard')}`}>
            {t('login.sso')}
          </a>
        </p>
      )}
    </Form>
  );
}
