import { useState, type FormEvent } from 'react';
import {
  useAccountRecoveryOptionsQuery,
  useCompleteAccountRecoveryMutation,
  useIssueOfficeRecoveryCodeInDevelopmentMutation,
  useStartOfficeAccountRecoveryMutation,
  useStartSsoAccountRecoveryMutation,
  type ChallengeFieldsFragment,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { latinDigits } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { ErrorSummary, Field, Form, splitErrors, useFocusOnRefusal, type UserErrorLike } from '../ui/forms';
import { PageHeading } from '../ui/page-heading';

/**
 * "Lost your phone?" (issue 17, part 3): prove who you are through the national single sign-on or
 * with the code an officer at an office gave you, then a new mobile that the registry links to your
 * ID and the SMS code sent to it. Every session ends; then log in as usual.
 */

/** The fragment `#token=…` the SSO callback put on `/recover/sso`: read once, never sent to a server. */
function readToken(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

/** Sends a request, keeping its refusals and a network failure (as a message key, shown in the language on screen). */
function useAttempt() {
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const { form, refused } = useFocusOnRefusal();
  async function attempt(send: () => Promise<UserErrorLike[] | null>) {
    setFailure(null);
    try {
      const left = await send();
      if (!left) return;
      setErrors(left);
    } catch {
      setFailure('app.error.network');
    }
    refused();
  }
  return { errors, failure, form, attempt };
}

function Done({ maskedMobile }: { maskedMobile: string }) {
  const { t } = useI18n();
  const [before, after] = t('recover.done', { mobile: '\u0000' }).split('\u0000');
  return (
    <div className="card" role="status">
      <p>
        {before}
        <bdi dir="ltr">{maskedMobile}</bdi>
        {after}
      </p>
      <Link href="/">{t('reset.toLogin')}</Link>
    </div>
  );
}

/** The last step of both paths: the SMS code sent to the new mobile. */
function CodeStep({ challenge, onDone }: { challenge: ChallengeFieldsFragment; onDone(maskedMobile: string): void }) {
  const { t, lang } = useI18n();
  const [code, setCode] = useState('');
  const [complete, { loading }] = useCompleteAccountRecoveryMutation();
  const { errors, failure, form, attempt } = useAttempt();
  function submit(event: FormEvent) {
    event.preventDefault();
    void attempt(async () => {
      const { data } = await complete({ variables: { input: { challengeId: challenge.id, code: latinDigits(code) } } });
      const result = data?.completeAccountRecovery;
      if (result?.recovered) {
        onDone(result.maskedMobile ?? challenge.maskedMobile);
        return null;
      }
      return result?.errors ?? [];
    });
  }
  const { byField, summary } = splitErrors(errors, ['code'], lang);
  const [before, after] = t('recover.codeStep', { mobile: '\u0000' }).split('\u0000');
  return (
    <Form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="page-title">
      <p>
        {before}
        <bdi dir="ltr">{challenge.maskedMobile}</bdi>
        {after}
      </p>
      <ErrorSummary items={summary} failure={failure && t(failure)} />
      <Field
        name="code"
        label={t('verify.code')}
        hint={t('form.digitsHint')}
        errors={byField.code}
        value={code}
        onValue={setCode}
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        dir="ltr"
        className="input-short"
      />
      <button type="submit" className="button-primary" disabled={loading}>
        {loading ? t('form.sending') : t('recover.finish')}
      </button>
    </Form>
  );
}

function NewMobileField({ value, onValue, errors }: { value: string; onValue(v: string): void; errors?: string[] }) {
  const { t } = useI18n();
  return (
    <Field
      name="newMobile"
      type="tel"
      label={t('recover.newMobile')}
      hint={t('recover.newMobileHint')}
      errors={errors}
      value={value}
      onValue={onValue}
      inputMode="tel"
      autoComplete="tel"
      required
      dir="ltr"
    />
  );
}

/** Office path, step 1: the ID, the officer's code and the new mobile (and, in development, a stand-in for the officer). */
function OfficeStep({ minutes, development, onChallenge }: { minutes: number; development: boolean; onChallenge(c: ChallengeFieldsFragment): void }) {
  const { t, lang } = useI18n();
  const [values, setValues] = useState({ nationalId: '', recoveryCode: '', newMobile: '' });
  const [start, { loading }] = useStartOfficeAccountRecoveryMutation();
  const [issue, issuing] = useIssueOfficeRecoveryCodeInDevelopmentMutation();
  const { errors, failure, form, attempt } = useAttempt();
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  function submit(event: FormEvent) {
    event.preventDefault();
    void attempt(async () => {
      const { data } = await start({ variables: { input: { nationalId: latinDigits(values.nationalId), recoveryCode: latinDigits(values.recoveryCode), newMobile: latinDigits(values.newMobile) } } });
      const result = data?.startOfficeAccountRecovery;
      if (result?.challenge) {
        onChallenge(result.challenge);
        return null;
      }
      return result?.errors ?? [];
    });
  }
  function standIn() {
    void attempt(async () => {
      const { data } = await issue({ variables: { input: { nationalId: latinDigits(values.nationalId) } } });
      const result = data?.issueOfficeRecoveryCodeInDevelopment;
      if (result?.code) setValues((v) => ({ ...v, recoveryCode: result.code! }));
      return result?.errors ?? [];
    });
  }
  const { byField, summary } = splitErrors(errors, ['nationalId', 'recoveryCode', 'newMobile'], lang);
  return (
    <Form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="recover-office-title">
      <h2 id="recover-office-title">{t('recover.office.title')}</h2>
      <p>{t('recover.office.intro', { minutes })}</p>
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
        name="recoveryCode"
        label={t('recover.office.code')}
        hint={t('form.digitsHint')}
        errors={byField.recoveryCode}
        value={values.recoveryCode}
        onValue={set('recoveryCode')}
        inputMode="numeric"
        autoComplete="off"
        required
        dir="ltr"
        className="input-short"
      />
      {development && (
        <div className="dev-decision">
          <p>{t('recover.office.devNote')}</p>
          <button type="button" className="button-secondary" onClick={standIn} disabled={issuing.loading}>
            {t('recover.office.devButton')}
          </button>
        </div>
      )}
      <NewMobileField value={values.newMobile} onValue={set('newMobile')} errors={byField.newMobile} />
      <button type="submit" className="button-primary" disabled={loading}>
        {loading ? t('form.sending') : t('recover.sendCode')}
      </button>
    </Form>
  );
}

/** "Lost your phone?": choose how to prove who you are. */
export default function RecoverPage() {
  const { t } = useI18n();
  const { data, loading, error } = useAccountRecoveryOptionsQuery();
  const [office, setOffice] = useState(false);
  const [challenge, setChallenge] = useState<ChallengeFieldsFragment | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const options = data?.accountRecoveryOptions;
  let body;
  if (done) body = <Done maskedMobile={done} />;
  else if (challenge) body = <CodeStep challenge={challenge} onDone={setDone} />;
  else if (loading)
    body = (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  else if (error || !options)
    body = (
      <p className="alert alert-error" role="alert">
        {t('app.error.network')}
      </p>
    );
  else if (office) body = <OfficeStep minutes={options.officeCodeMinutes} development={options.officeCodeInDevelopment} onChallenge={setChallenge} />;
  else
    body = (
      <>
        <p>{t('recover.intro')}</p>
        {options.ssoUrl && (
          <section className="card" aria-labelledby="recover-sso-title">
            <h2 id="recover-sso-title">{t('recover.sso.title')}</h2>
            <p>{t('recover.sso.intro')}</p>
            {/* A full page load: the proof happens on the provider's site and comes back through the server. */}
            <a className="button button-primary" href={options.ssoUrl}>
              {t('recover.sso.start')}
            </a>
          </section>
        )}
        <section className="card" aria-labelledby="recover-office-choice">
          <h2 id="recover-office-choice">{t('recover.office.title')}</h2>
          <p>{t('recover.office.choice')}</p>
          <button type="button" className="button-secondary" onClick={() => setOffice(true)}>
            {t('recover.office.start')}
          </button>
        </section>
      </>
    );
  return (
    <div className="narrow">
      <PageHeading>{t('recover.title')}</PageHeading>
      {body}
    </div>
  );
}

/** Where the SSO callback sends a person who proved their ID for recovery: the new mobile, then its code. */
export function RecoverSsoPage() {
  const { t, lang } = useI18n();
  const [token] = useState(readToken);
  const [newMobile, setNewMobile] = useState('');
  const [challenge, setChallenge] = useState<ChallengeFieldsFragment | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [start, { loading }] = useStartSsoAccountRecoveryMutation();
  const { errors, failure, form, attempt } = useAttempt();
  function submit(event: FormEvent) {
    event.preventDefault();
    void attempt(async () => {
      const { data } = await start({ variables: { input: { token, newMobile: latinDigits(newMobile) } } });
      const result = data?.startSsoAccountRecovery;
      if (result?.challenge) {
        setChallenge(result.challenge);
        return null;
      }
      return result?.errors ?? [];
    });
  }
  const { byField, summary } = splitErrors(errors, ['newMobile'], lang);
  let body;
  if (done) body = <Done maskedMobile={done} />;
  else if (challenge) body = <CodeStep challenge={challenge} onDone={setDone} />;
  else
    body = (
      <Form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="page-title">
        <p>{t('recover.sso.proved')}</p>
        <ErrorSummary items={summary} failure={failure && t(failure)} />
        <NewMobileField value={newMobile} onValue={setNewMobile} errors={byField.newMobile} />
        <button type="submit" className="button-primary" disabled={loading || !token}>
          {loading ? t('form.sending') : t('recover.sendCode')}
        </button>
        <p>
          <Link href="/recover">{t('recover.startAgain')}</Link>
        </p>
      </Form>
    );
  return (
    <div className="narrow">
      <PageHeading>{t('recover.title')}</PageHeading>
      {body}
    </div>
  );
}
