import { useState, type FormEvent } from 'react';
import { useResendCodeMutation, useVerifyLoginMutation, useVerifyRegistrationMutation, type ChallengeFieldsFragment } from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { useI18n } from '../i18n/i18n';
import { formatCountdown, latinDigits } from '../i18n/format';
import { useSecondsUntil } from '../ui/clock';
import { Link, navigate, useLocation } from '../router';
import { useSession } from '../session/session';
import { ErrorSummary, Field, Form, splitErrors, useFocusOnRefusal, type UserErrorLike } from '../ui/forms';
import { PageHeading } from '../ui/page-heading';

/** What the registration or log-in page hands over (in the history entry, so a reload keeps it). */
export interface PendingChallenge {
  kind: 'register' | 'login';
  challenge: ChallengeFieldsFragment;
}

/** The `register` input's fields that a refusal at `verifyRegistration` may name. */
const REGISTRATION_FIELDS = ['nationalId', 'mobile', 'username'];

function isPending(state: unknown): state is PendingChallenge {
  const s = state as Partial<PendingChallenge> | null;
  return !!s && (s.kind === 'register' || s.kind === 'login') && typeof s.challenge?.id === 'string';
}

export function VerifyForm({ pending }: { pending: PendingChallenge }) {
  const { t, lang } = useI18n();
  const { signIn } = useSession();
  const [challenge, setChallenge] = useState(pending.challenge);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  // A key, not a text: shown in the language on screen even after a switch.
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [verifyRegistration, registration] = useVerifyRegistrationMutation();
  const [verifyLogin, login] = useVerifyLoginMutation();
  const [resend, resending] = useResendCodeMutation();
  const { form, refused } = useFocusOnRefusal();
  const expiresIn = useSecondsUntil(challenge.expiresAt);
  const resendIn = useSecondsUntil(challenge.resendAvailableAt);
  const loading = registration.loading || login.loading;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setNotice(null);
    try {
      const input = { challengeId: challenge.id, code: latinDigits(code) };
      const { data } = pending.kind === 'register' ? await verifyRegistration({ variables: { input } }) : await verifyLogin({ variables: { input } });
      const result = data && ('verifyRegistration' in data ? data.verifyRegistration : data.verifyLogin);
      if (result?.session && result.account) {
        signIn(result.session.accessToken, result.account);
        navigate('/dashboard', null, true);
        return;
      }
      setErrors(result?.errors ?? []);
    } catch {
      setFailure('app.error.network');
    }
    refused();
  }

  async function askAgain() {
    setFailure(null);
    try {
      const { data } = await resend({ variables: { input: { challengeId: challenge.id } } });
      if (data?.resendCode.challenge) {
        const next = data.resendCode.challenge;
        setChallenge(next);
        // Keep the history entry current so that a reload shows the new timers.
        window.history.replaceState({ ...pending, challenge: next }, '');
        setErrors([]);
        setCode('');
        setNotice('verify.resent');
      } else setErrors(data?.resendCode.errors ?? []);
    } catch {
      setFailure('app.error.network');
    }
  }

  const { byField, summary } = splitErrors(errors, ['code'], lang);
  // The registry's verdict arrives here, after the code, about the registration form's fields: the
  // code is spent, and the way on is that form again.
  const registrationRefused = pending.kind === 'register' && errors.some((e) => e.field && REGISTRATION_FIELDS.includes(e.field));
  // The masked number is left-to-right inside Arabic text: isolate it where the message puts it.
  const [sentBefore, sentAfter] = t('verify.sent', { mobile: '\u0000' }).split('\u0000');
  return (
    <Form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="page-title">
      <p>
        {sentBefore}
        <bdi dir="ltr">{challenge.maskedMobile}</bdi>
        {sentAfter}
      </p>
      <ErrorSummary items={summary} failure={failure && t(failure)} />
      {registrationRefused ? (
        // The refusal spent the code: nothing more to type here.
        <p>
          <Link href="/register">{t('verify.backToRegister')}</Link>
        </p>
      ) : (
        <>
          {notice && (
            <p className="alert alert-info" role="status">
              {t(notice)}
            </p>
          )}
          <Field
            name="code"
            label={t('verify.code')}
            hint={t('form.digitsHint')}
            errors={byField.code}
            value={code}
            onValue={setCode}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={12}
            required
            dir="ltr"
            className="input-short"
          />
          <p className={expiresIn > 0 ? 'countdown' : 'countdown countdown-expired'}>{expiresIn > 0 ? t('verify.expiresIn', { time: formatCountdown(expiresIn, lang) }) : t('verify.expired')}</p>
          <div className="actions">
            <button type="submit" className="button-primary" disabled={loading} aria-disabled={loading}>
              {loading ? t('form.sending') : t('verify.submit')}
            </button>
            <button type="button" className="button-secondary" onClick={() => void askAgain()} disabled={resendIn > 0 || resending.loading}>
              {t('verify.resend')}
            </button>
          </div>
          {resendIn > 0 && <p className="hint">{t('verify.resendIn', { time: formatCountdown(resendIn, lang) })}</p>}
        </>
      )}
    </Form>
  );
}

export default function VerifyPage() {
  const { t } = useI18n();
  const { state } = useLocation();
  return (
    <div className="narrow">
      <PageHeading>{t('verify.title')}</PageHeading>
      {isPending(state) ? (
        <VerifyForm pending={state} />
      ) : (
        <div className="card">
          <p>{t('verify.missing')}</p>
          <Link href="/">{t('verify.startAgain')}</Link>
        </div>
      )}
    </div>
  );
}
