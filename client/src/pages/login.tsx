import { useRef, useState, type FormEvent } from 'react';
import { useLoginMutation, type UserErrorFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { latinDigits } from '../i18n/format';
import { Link, navigate } from '../router';
import { CaptchaField, useCaptcha } from '../ui/captcha';
import { ErrorSummary, Field, focusFirstError, splitErrors } from '../ui/forms';
import type { PendingChallenge } from './verify';

const FIELDS = ['identifier', 'password', 'captchaCode'] as const;

/** Absher log-in, first factor: identifier, password and image code; then the SMS code page. */
export function LoginForm() {
  const { t } = useI18n();
  const captcha = useCaptcha();
  const [values, setValues] = useState({ identifier: '', password: '', captchaCode: '' });
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [login, { loading }] = useLoginMutation();
  const form = useRef<HTMLFormElement>(null);
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      const { data } = await login({
        variables: {
          input: {
            identifier: latinDigits(values.identifier),
            password: values.password,
            captchaId: captcha.captcha?.id ?? '',
            captchaCode: latinDigits(values.captchaCode),
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
    } catch {
      setFailure(t('app.error.network'));
    }
    // An image code is good for one try.
    setValues((v) => ({ ...v, captchaCode: '' }));
    void captcha.refresh();
    requestAnimationFrame(() => focusFirstError(form.current));
  }

  const { byField, general } = splitErrors(errors, FIELDS);
  return (
    <form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="login-title">
      <h2 id="login-title">{t('login.title')}</h2>
      <p>{t('login.intro')}</p>
      <ErrorSummary messages={[...(failure ? [failure] : []), ...general]} />
      <Field name="identifier" label={t('login.identifier')} errors={byField.identifier} value={values.identifier} onValue={set('identifier')} autoComplete="username" required dir="ltr" />
      <Field name="password" type="password" label={t('login.password')} errors={byField.password} value={values.password} onValue={set('password')} autoComplete="current-password" required dir="ltr" />
      <CaptchaField captcha={captcha} value={values.captchaCode} onValue={set('captchaCode')} errors={byField.captchaCode} />
      <button type="submit" className="button-primary" disabled={loading} aria-disabled={loading}>
        {loading ? t('form.sending') : t('login.submit')}
      </button>
      <p>
        <Link href="/forgot-password">{t('login.forgot')}</Link>
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
    </form>
  );
}
