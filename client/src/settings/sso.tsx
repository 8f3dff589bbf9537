import { useState, type FormEvent } from 'react';
import { useReauthenticateMutation, useUnlinkSsoMutation, useVerifyReauthenticationMutation, type ChallengeFieldsFragment } from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { useI18n } from '../i18n/i18n';
import { latinDigits } from '../i18n/format';
import { ErrorSummary, Field, Form, splitErrors, useFocusOnRefusal, type UserErrorLike } from '../ui/forms';

/**
 * Removing the national sign-on link. The server asks for a fresh re-authentication (password,
 * then an SMS code) first, so the form walks through both and then unlinks.
 */
export function SsoUnlink({ onUnlinked }: { onUnlinked(): void }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [challenge, setChallenge] = useState<ChallengeFieldsFragment | null>(null);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  // A key, not a text: shown in the language on screen even after a switch.
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [reauthenticate, asking] = useReauthenticateMutation();
  const [verify, verifying] = useVerifyReauthenticationMutation();
  const [unlink, unlinking] = useUnlinkSsoMutation();
  const { form, refused } = useFocusOnRefusal();
  const loading = asking.loading || verifying.loading || unlinking.loading;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      if (!challenge) {
        const { data } = await reauthenticate({ variables: { input: { password } } });
        setPassword('');
        if (data?.reauthenticate.challenge) {
          setChallenge(data.reauthenticate.challenge);
          setErrors([]);
          return;
        }
        setErrors(data?.reauthenticate.errors ?? []);
      } else {
        const { data } = await verify({ variables: { input: { challengeId: challenge.id, code: latinDigits(code) } } });
        const refused = data?.verifyReauthentication.errors ?? [];
        if (!refused.length) {
          const { data: result } = await unlink();
          if (result?.unlinkSso.unlinked) {
            onUnlinked();
            return;
          }
          setErrors(result?.unlinkSso.errors ?? []);
        } else setErrors(refused);
      }
    } catch {
      setFailure('app.error.network');
    }
    refused();
  }

  if (!open) {
    return (
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        {t('settings.ssoUnlink')}
      </button>
    );
  }
  const { byField, summary } = splitErrors(errors, [challenge ? 'code' : 'password'], lang);
  return (
    <Form ref={form} className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="sso-unlink-title">
      <h3 id="sso-unlink-title">{t('settings.ssoUnlink')}</h3>
      <p className="hint">{t('settings.ssoUnlinkHint')}</p>
      <ErrorSummary items={summary} failure={failure && t(failure)} />
      {challenge ? (
        <Field
          name="code"
          label={t('verify.code')}
          hint={`${t('settings.ssoCodeSent', { mobile: `\u2066${challenge.maskedMobile}\u2069` })} ${t('form.digitsHint')}`}
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
      ) : (
        <Field
          name="password"
          type="password"
          label={t('settings.currentPassword')}
          errors={byField.password}
          value={password}
          onValue={setPassword}
          autoComplete="current-password"
          required
          dir="ltr"
        />
      )}
      <button type="submit" className="button-danger" disabled={loading} aria-disabled={loading}>
        {loading ? t('form.sending') : t(challenge ? 'settings.ssoUnlinkConfirm' : 'settings.ssoContinue')}
      </button>
    </Form>
  );
}
