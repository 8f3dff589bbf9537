import { useState, type FormEvent, type ReactNode } from 'react';
import { useCompleteSsoRegistrationMutation, useLinkSsoMutation, useSsoPendingQuery, type SsoAuthResultFragment, type SsoPendingKind } from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { toApiLanguage, useI18n, type Lang } from '../i18n/i18n';
import { Link, navigate } from '../router';
import { useSession } from '../session/session';
import { ErrorSummary, Field, Form, LanguageChoice, splitErrors, TermsAcceptance, useFocusOnRefusal, type UserErrorLike } from '../ui/forms';
import { PageHeading } from '../ui/page-heading';

/**
 * What the SSO callback put in the fragment (`#token=…&returnTo=…`). The fragment never reaches
 * a server, so the sealed token stays out of logs; it is read once, when the page opens.
 */
function readFragment(): { token: string; returnTo: string } {
  const params = new URLSearchParams(window.location.hash.slice(1));
  return { token: params.get('token') ?? '', returnTo: safeReturnTo(params.get('returnTo')) };
}

/** Only a path on this site: an absolute or protocol-relative URL would be an open redirect. */
export function safeReturnTo(value: string | null): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/dashboard';
}

/** Starts the session the server just issued, as after an SMS code, then goes where SSO was started from. */
function useFinish(returnTo: string) {
  const { signIn } = useSession();
  return (result: SsoAuthResultFragment | undefined): UserErrorLike[] => {
    if (result?.session && result.account) {
      signIn(result.session.accessToken, result.account);
      navigate(returnTo, null, true);
      return [];
    }
    return result?.errors ?? [];
  };
}

/** The page frame: title, who the provider identified, and the form; or why it cannot go on. */
function SsoFrame({ kind, title, token, children }: { kind: SsoPendingKind; title: string; token: string; children: ReactNode }) {
  const { t } = useI18n();
  const { data, loading, error } = useSsoPendingQuery({ variables: { token }, skip: !token });
  const pending = data?.ssoPending;
  let body: ReactNode;
  if (loading) {
    body = (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  } else if (error) {
    body = (
      <p className="alert alert-error" role="alert">
        {t('app.error.network')}
      </p>
    );
  } else if (!pending || pending.kind !== kind) {
    body = (
      <div className="card">
        <p>{t('sso.expired')}</p>
        <Link href="/">{t('sso.startAgain')}</Link>
      </div>
    );
  } else {
    // The masked number is left-to-right inside Arabic text: isolate it where the message puts it.
    const [before, after] = t('sso.mobile', { mobile: '\u0000' }).split('\u0000');
    body = (
      <>
        <div className="card sso-identified">
          <p>{t('sso.identified', { name: pending.firstName })}</p>
          <p>
            {before}
            <bdi dir="ltr">{pending.maskedMobile}</bdi>
            {after}
          </p>
        </div>
        {children}
      </>
    );
  }
  return (
    <div className="narrow">
      <PageHeading>{title}</PageHeading>
      {body}
    </div>
  );
}

const REGISTER_FIELDS = ['username', 'email', 'emailConfirmation', 'preferredLanguage', 'acceptTerms'] as const;

/** The short registration after a first national sign-on: the provider proved the ID, the registry gives the mobile. */
function SsoRegisterForm({ token, returnTo }: { token: string; returnTo: string }) {
  const { t, lang } = useI18n();
  const [values, setValues] = useState({ username: '', email: '', emailConfirmation: '' });
  // Null until the person picks one: until then the choice follows the language on screen.
  const [language, setLanguage] = useState<Lang | null>(null);
  const [acceptTerms, setAcceptTerms] = useState(false);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  // A key, not a text: shown in the language on screen even after a switch.
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [complete, { loading }] = useCompleteSsoRegistrationMutation();
  const finish = useFinish(returnTo);
  const { form, refused } = useFocusOnRefusal();
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      const { data } = await complete({ variables: { input: { ...values, token, preferredLanguage: toApiLanguage(language ?? lang), acceptTerms } } });
      const left = finish(data?.completeSsoRegistration);
      if (!left.length && data?.completeSsoRegistration.session) return;
      setErrors(left);
    } catch {
      setFailure('app.error.network');
    }
    refused();
  }

  const { byField, summary } = splitErrors(errors, REGISTER_FIELDS, lang);
  const termsError = byField.acceptTerms;
  const languageError = byField.preferredLanguage;
  return (
    <Form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="page-title">
      <ErrorSummary items={summary} failure={failure && t(failure)} />
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
      <TermsAcceptance checked={acceptTerms} onChecked={setAcceptTerms} errors={termsError} />
      <button type="submit" className="button-primary" disabled={loading} aria-disabled={loading}>
        {loading ? t('form.sending') : t('sso.register.submit')}
      </button>
    </Form>
  );
}

/** The one-time link of an existing account: its password confirms that SSO may open it from now on. */
function SsoLinkForm({ token, returnTo }: { token: string; returnTo: string }) {
  const { t, lang } = useI18n();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  // A key, not a text: shown in the language on screen even after a switch.
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [link, { loading }] = useLinkSsoMutation();
  const finish = useFinish(returnTo);
  const { form, refused } = useFocusOnRefusal();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      const { data } = await link({ variables: { input: { token, password } } });
      const left = finish(data?.linkSso);
      if (!left.length && data?.linkSso.session) return;
      setErrors(left);
    } catch {
      setFailure('app.error.network');
    }
    setPassword('');
    refused();
  }

  const { byField, summary } = splitErrors(errors, ['password'], lang);
  return (
    <Form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="page-title">
      <p>{t('sso.link.intro')}</p>
      <ErrorSummary items={summary} failure={failure && t(failure)} />
      <Field name="password" type="password" label={t('login.password')} errors={byField.password} value={password} onValue={setPassword} autoComplete="current-password" required dir="ltr" />
      <button type="submit" className="button-primary" disabled={loading} aria-disabled={loading}>
        {loading ? t('form.sending') : t('sso.link.submit')}
      </button>
      <p>
        <Link href="/forgot-password">{t('login.forgot')}</Link>
      </p>
    </Form>
  );
}

export function SsoRegisterPage() {
  const { t } = useI18n();
  const [{ token, returnTo }] = useState(readFragment);
  return (
    <SsoFrame kind="REGISTER" title={t('sso.register.title')} token={token}>
      <SsoRegisterForm token={token} returnTo={returnTo} />
    </SsoFrame>
  );
}

export function SsoLinkPage() {
  const { t } = useI18n();
  const [{ token, returnTo }] = useState(readFragment);
  return (
    <SsoFrame kind="LINK" title={t('sso.link.title')} token={token}>
      <SsoLinkForm token={token} returnTo={returnTo} />
    </SsoFrame>
  );
}
