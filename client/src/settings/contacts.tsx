import { useState, type FormEvent, type ReactNode } from 'react';
import {
  MeDocument,
  useChangeEmailMutation,
  useChangeMobileMutation,
  useReauthenticateMutation,
  useVerifyMobileChangeMutation,
  useVerifyReauthenticationMutation,
  type ChallengeFieldsFragment,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { latinDigits } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { ErrorSummary, Field, Form, splitErrors, useFocusOnRefusal, type UserErrorLike } from '../ui/forms';
import { PageHeading } from '../ui/page-heading';

/** The masked number is left-to-right inside Arabic text: isolate it where the message puts it. */
function WithMobile({ text, mobile }: { text: string; mobile: string }) {
  const [before, after] = text.split('\u0000');
  return (
    <>
      {before}
      <bdi dir="ltr">{mobile}</bdi>
      {after}
    </>
  );
}

/** The refusals and network failure of one form step, and the focus after a refusal. */
function useStepErrors() {
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  // A key, not a text: shown in the language on screen even after a switch.
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const { form, refused } = useFocusOnRefusal();
  return {
    errors,
    failure,
    form,
    clear() {
      setErrors([]);
      setFailure(null);
    },
    refuse(next: UserErrorLike[] | 'network') {
      if (next === 'network') setFailure('app.error.network');
      else setErrors(next);
      refused();
    },
  };
}

/**
 * "Confirm it is you": the password again, then the code sent to the registered mobile. The server
 * lets this session change its mobile or e-mail for 10 minutes after.
 */
function Reauthenticate({ intro, onDone }: { intro: MessageKey; onDone(): void }) {
  const { t, lang } = useI18n();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [challenge, setChallenge] = useState<ChallengeFieldsFragment | null>(null);
  const step = useStepErrors();
  const [reauthenticate, asking] = useReauthenticateMutation();
  const [verify, verifying] = useVerifyReauthenticationMutation();
  async function submit(event: FormEvent) {
    event.preventDefault();
    step.clear();
    try {
      if (!challenge) {
        const { data } = await reauthenticate({ variables: { input: { password } } });
        setPassword('');
        if (data?.reauthenticate.challenge) return setChallenge(data.reauthenticate.challenge);
        return step.refuse(data?.reauthenticate.errors ?? []);
      }
      const { data } = await verify({ variables: { input: { challengeId: challenge.id, code: latinDigits(code) } } });
      if (data?.verifyReauthentication.reauthenticatedUntil) return onDone();
      step.refuse(data?.verifyReauthentication.errors ?? []);
    } catch {
      step.refuse('network');
    }
  }
  const { byField, summary } = splitErrors(step.errors, [challenge ? 'code' : 'password'], lang);
  const loading = asking.loading || verifying.loading;
  return (
    <Form ref={step.form} className="card form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="reauth-title">
      <h2 id="reauth-title">{t('contacts.reauthTitle')}</h2>
      <p>{t(intro)}</p>
      <ErrorSummary items={summary} failure={step.failure && t(step.failure)} />
      {challenge ? (
        <>
          <p>
            <WithMobile text={t('contacts.codeSentTo', { mobile: '\u0000' })} mobile={challenge.maskedMobile} />
          </p>
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
        </>
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
      <button type="submit" className="button-primary" disabled={loading}>
        {loading ? t('form.sending') : t('settings.ssoContinue')}
      </button>
    </Form>
  );
}

function ContactPage({ title, children }: { title: MessageKey; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="narrow">
      <p>
        <Link href="/settings">{t('settings.title')}</Link>
      </p>
      <PageHeading>{t(title)}</PageHeading>
      {children}
    </div>
  );
}

/** /settings/email: re-authentication, the new address twice, then a link to it confirms the change. */
export function ChangeEmailPage() {
  const { t, lang } = useI18n();
  const [stage, setStage] = useState<'reauth' | 'form' | 'sent'>('reauth');
  const [values, setValues] = useState({ newEmail: '', newEmailConfirmation: '' });
  const [sentTo, setSentTo] = useState('');
  const step = useStepErrors();
  const [change, { loading }] = useChangeEmailMutation();
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    step.clear();
    try {
      const { data } = await change({ variables: { input: values } });
      if (data?.changeEmail.confirmationSent) {
        setSentTo(values.newEmail.trim());
        return setStage('sent');
      }
      const errors = data?.changeEmail.errors ?? [];
      // The 10 minutes ran out while the form was open: confirm again, the answers stay.
      if (errors.some((e) => e.code === 'REAUTHENTICATION_REQUIRED')) setStage('reauth');
      step.refuse(errors);
    } catch {
      step.refuse('network');
    }
  }
  const { byField, summary } = splitErrors(step.errors, ['newEmail', 'newEmailConfirmation'], lang);
  return (
    <ContactPage title="contacts.emailTitle">
      {stage === 'reauth' && <Reauthenticate intro="contacts.emailIntro" onDone={() => setStage('form')} />}
      {stage === 'form' && (
        <Form ref={step.form} className="card form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="email-form-title">
          <h2 id="email-form-title">{t('contacts.newEmail')}</h2>
          <ErrorSummary items={summary} failure={step.failure && t(step.failure)} />
          <Field
            name="newEmail"
            type="email"
            label={t('contacts.newEmail')}
            hint={t('contacts.emailHint')}
            errors={byField.newEmail}
            value={values.newEmail}
            onValue={set('newEmail')}
            autoComplete="email"
            required
            dir="ltr"
          />
          <Field
            name="newEmailConfirmation"
            type="email"
            label={t('contacts.newEmailConfirmation')}
            errors={byField.newEmailConfirmation}
            value={values.newEmailConfirmation}
            onValue={set('newEmailConfirmation')}
            autoComplete="off"
            required
            dir="ltr"
          />
          <button type="submit" className="button-primary" disabled={loading}>
            {loading ? t('form.sending') : t('contacts.sendLink')}
          </button>
        </Form>
      )}
      {stage === 'sent' && (
        <div className="card" role="status">
          <p>
            {t('contacts.linkSent')}
            <bdi dir="ltr">{sentTo}</bdi>
          </p>
          <p>{t('contacts.linkSentNext')}</p>
          <Link href="/settings">{t('contacts.backToSettings')}</Link>
        </div>
      )}
    </ContactPage>
  );
}

/** /settings/mobile: re-authentication, a number the registry links to the ID, then the code sent to it. */
export function ChangeMobilePage() {
  const { t, lang } = useI18n();
  const [stage, setStage] = useState<'reauth' | 'form' | 'code' | 'done'>('reauth');
  const [newMobile, setNewMobile] = useState('');
  const [code, setCode] = useState('');
  const [challenge, setChallenge] = useState<ChallengeFieldsFragment | null>(null);
  const [masked, setMasked] = useState('');
  const step = useStepErrors();
  const [change, changing] = useChangeMobileMutation();
  const [verify, verifying] = useVerifyMobileChangeMutation({ refetchQueries: [MeDocument] });
  async function submit(event: FormEvent) {
    event.preventDefault();
    step.clear();
    try {
      if (stage === 'form') {
        const { data } = await change({ variables: { input: { newMobile: latinDigits(newMobile) } } });
        if (data?.changeMobile.challenge) {
          setChallenge(data.changeMobile.challenge);
          return setStage('code');
        }
        const errors = data?.changeMobile.errors ?? [];
        if (errors.some((e) => e.code === 'REAUTHENTICATION_REQUIRED')) setStage('reauth');
        return step.refuse(errors);
      }
      const { data } = await verify({ variables: { input: { challengeId: challenge!.id, code: latinDigits(code) } } });
      if (data?.verifyMobileChange.account) {
        setMasked(data.verifyMobileChange.account.maskedMobile);
        return setStage('done');
      }
      step.refuse(data?.verifyMobileChange.errors ?? []);
    } catch {
      step.refuse('network');
    }
  }
  const { byField, summary } = splitErrors(step.errors, [stage === 'code' ? 'code' : 'newMobile'], lang);
  const loading = changing.loading || verifying.loading;
  return (
    <ContactPage title="contacts.mobileTitle">
      {stage === 'reauth' && <Reauthenticate intro="contacts.mobileIntro" onDone={() => setStage('form')} />}
      {(stage === 'form' || stage === 'code') && (
        <Form ref={step.form} className="card form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="mobile-form-title">
          <h2 id="mobile-form-title">{t('contacts.newMobile')}</h2>
          <ErrorSummary items={summary} failure={step.failure && t(step.failure)} />
          {stage === 'form' ? (
            <Field
              name="newMobile"
              type="tel"
              label={t('contacts.newMobile')}
              hint={`${t('contacts.mobileHint')} ${t('form.digitsHint')}`}
              errors={byField.newMobile}
              value={newMobile}
              onValue={setNewMobile}
              inputMode="tel"
              autoComplete="tel"
              required
              dir="ltr"
            />
          ) : (
            <>
              <p>
                <WithMobile text={t('contacts.codeSentTo', { mobile: '\u0000' })} mobile={challenge!.maskedMobile} />
              </p>
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
            </>
          )}
          <button type="submit" className="button-primary" disabled={loading}>
            {loading ? t('form.sending') : t(stage === 'form' ? 'contacts.sendCode' : 'contacts.confirmMobile')}
          </button>
        </Form>
      )}
      {stage === 'done' && (
        <div className="card" role="status">
          <p>
            <WithMobile text={t('contacts.mobileChanged', { mobile: '\u0000' })} mobile={masked} />
          </p>
          <Link href="/settings">{t('contacts.backToSettings')}</Link>
        </div>
      )}
    </ContactPage>
  );
}
