import { useState, type FormEvent } from 'react';
import { useRequestPasswordResetMutation, useResetPasswordMutation, type ChallengeFieldsFragment } from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { useI18n } from '../i18n/i18n';
import { latinDigits } from '../i18n/format';
import { Link } from '../router';
import { CaptchaField, useCaptcha } from '../ui/captcha';
import { ErrorSummary, Field, Form, splitErrors, useFocusOnRefusal, type UserErrorLike } from '../ui/forms';
import { StrengthMeter } from '../ui/strength-meter';
import { PageHeading } from '../ui/page-heading';

function RequestStep({ onChallenge }: { onChallenge(c: ChallengeFieldsFragment): void }) {
  const { t, lang } = useI18n();
  const captcha = useCaptcha();
  const [values, setValues] = useState({ nationalId: '', mobile: '', captchaCode: '' });
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  // A key, not a text: shown in the language on screen even after a switch.
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [request, { loading }] = useRequestPasswordResetMutation();
  const { form, refused } = useFocusOnRefusal();
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    let renewed = true;
    try {
      const { data } = await request({
        variables: {
          input: {
            nationalId: latinDigits(values.nationalId),
            mobile: latinDigits(values.mobile),
            captchaId: captcha.captcha?.id ?? '',
            captchaCode: latinDigits(values.captchaCode),
            proofOfWork: await captcha.proofOfWork(),
          },
        },
      });
      const result = data?.requestPasswordReset;
      if (result?.challenge) return onChallenge(result.challenge);
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
  const { byField, summary } = splitErrors(errors, ['nationalId', 'mobile', 'captchaCode', 'proofOfWork'], lang);
  return (
    <Form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="page-title">
      <p>{t('reset.intro')}</p>
      <ErrorSummary items={summary} failure={failure && t(failure)} />
      <Field
        name="nationalId"
        label={t('register.nationalId')}
        hint={t('form.digitsHint')}
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
      <CaptchaField captcha={captcha} value={values.captchaCode} onValue={set('captchaCode')} errors={[...(byField.captchaCode ?? []), ...(byField.proofOfWork ?? [])]} />
      <button type="submit" className="button-primary" disabled={loading}>
        {loading ? t('form.sending') : t('reset.send')}
      </button>
    </Form>
  );
}

function ResetStep({ challenge, onDone }: { challenge: ChallengeFieldsFragment; onDone(): void }) {
  const { t, lang } = useI18n();
  const [values, setValues] = useState({ code: '', newPassword: '', newPasswordConfirmation: '' });
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [reset, { loading }] = useResetPasswordMutation();
  const { form, refused } = useFocusOnRefusal();
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await reset({
      variables: { input: { challengeId: challenge.id, code: latinDigits(values.code), newPassword: values.newPassword, newPasswordConfirmation: values.newPasswordConfirmation } },
    });
    if (data?.resetPassword.passwordChanged) return onDone();
    setErrors(data?.resetPassword.errors ?? []);
    refused();
  }
  const { byField, summary } = splitErrors(errors, ['code', 'newPassword', 'newPasswordConfirmation'], lang);
  const [before, after] = t('reset.codeStep', { mobile: '\u0000' }).split('\u0000');
  return (
    <Form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="page-title">
      <p>
        {before}
        <bdi dir="ltr">{challenge.maskedMobile}</bdi>
        {after}
      </p>
      <ErrorSummary items={summary} />
      <Field
        name="code"
        label={t('verify.code')}
        hint={t('form.digitsHint')}
        errors={byField.code}
        value={values.code}
        onValue={set('code')}
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        dir="ltr"
        className="input-short"
      />
      <Field
        name="newPassword"
        type="password"
        label={t('settings.newPassword')}
        hint={t('register.passwordHint')}
        errors={byField.newPassword}
        value={values.newPassword}
        onValue={set('newPassword')}
        autoComplete="new-password"
        required
        dir="ltr"
        after={<StrengthMeter password={values.newPassword} userInputs={[]} />}
      />
      <Field
        name="newPasswordConfirmation"
        type="password"
        label={t('settings.newPasswordConfirmation')}
        errors={byField.newPasswordConfirmation}
        value={values.newPasswordConfirmation}
        onValue={set('newPasswordConfirmation')}
        autoComplete="new-password"
        required
        dir="ltr"
      />
      <button type="submit" className="button-primary" disabled={loading}>
        {loading ? t('form.sending') : t('reset.submit')}
      </button>
    </Form>
  );
}

/** Forgotten password (SPEC §3): ID, registered mobile and image code, then the SMS code and a new password. */
export default function ResetPasswordPage() {
  const { t } = useI18n();
  const [challenge, setChallenge] = useState<ChallengeFieldsFragment | null>(null);
  const [done, setDone] = useState(false);
  return (
    <div className="narrow">
      <PageHeading>{t('reset.title')}</PageHeading>
      {done ? (
        <div className="card" role="status">
          <p>{t('reset.done')}</p>
          <Link href="/">{t('reset.toLogin')}</Link>
        </div>
      ) : challenge ? (
        <ResetStep challenge={challenge} onDone={() => setDone(true)} />
      ) : (
        <RequestStep onChallenge={setChallenge} />
      )}
    </div>
  );
}
