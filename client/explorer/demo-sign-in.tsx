import { tryParseJSONC, useGraphiQL } from '@graphiql/react';
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Both } from './both';
import { ENDPOINT } from './settings';

// The portal's own ALTCHA widget (its chunk, its worker): the device check that goes with an image code.
const AltchaWidget = lazy(() => import('../src/ui/altcha-widget'));
const POW_STRINGS = {
  label: 'Device check · التحقق من الجهاز',
  verifying: 'Checking this device… · جارٍ التحقق من الجهاز…',
  verified: 'Device checked · تم التحقق من الجهاز',
  error: 'The device check failed: ask for another image · تعذّر التحقق من الجهاز: اطلب صورة أخرى',
  expired: 'The device check expired: ask for another image · انتهى التحقق من الجهاز: اطلب صورة أخرى',
  waitAlert: 'Checking this device… · جارٍ التحقق من الجهاز…',
  verificationRequired: 'Checking this device… · جارٍ التحقق من الجهاز…',
};
/** How long a sign-in waits for the device check still running in the background. */
const PROOF_OF_WORK_WAIT_MS = 20_000;

/**
 * Development only (the server serves this chunk's button and `/dev/demo-people` only in
 * development with the SMS outbox): signs in as a person of the demo registry through the real
 * API — `register` + `verifyRegistration` when the person has no account, otherwise `login` +
 * `verifyLogin` — reading the SMS code from `/dev/outbox`, and puts the access token in the
 * headers editor. Nothing is pre-made: the account is created by the same mutations anyone calls.
 */

interface DemoPerson {
  nationalId: string;
  nameAr: string;
  nameEn: string;
  mobile: string | null;
  account: { username: string; mobile: string } | null;
}

interface Credentials {
  username: string;
  password: string;
}

interface UserError {
  field?: string | null;
  code?: string | null;
  message: string;
}

interface Text {
  en: string;
  ar: string;
}

/** Generated demo passwords, per national ID: kept in this browser, for the explorer only. */
const STORAGE_KEY = 'absher-explorer:demo-credentials';
/** How long the SMS code may take to appear in the outbox. */
const CODE_WAIT_MS = 15_000;

function storedCredentials(): Record<string, Credentials> {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, Credentials>;
  } catch {
    return {};
  }
}

function storeCredentials(nationalId: string, credentials: Credentials): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...storedCredentials(), [nationalId]: credentials }));
}

/** 24 characters from 55 unambiguous ones (about 138 bits), unbiased, in groups of four. */
export function strongPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ2345679';
  const limit = 256 - (256 % alphabet.length);
  const chars: string[] = [];
  while (chars.length < 24) {
    for (const byte of crypto.getRandomValues(new Uint8Array(32))) {
      if (byte < limit && chars.length < 24) chars.push(alphabet[byte % alphabet.length]);
    }
  }
  return chars.join('').match(/.{4}/g)!.join('-');
}

/**
 * One GraphQL call without cookies: the API's refresh cookie would otherwise sign the portal in
 * this browser in (or out) as the demo person too.
 */
async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  return body.data;
}

async function outbox(mobile: string): Promise<{ id: number; channel: string; body: string }[]> {
  const response = await fetch(`/dev/outbox?to=${encodeURIComponent(mobile)}`, { credentials: 'omit' });
  if (!response.ok) throw new Error(`/dev/outbox: HTTP ${response.status}`);
  return response.json();
}

/** The newest message id for `mobile` now: the code we wait for comes after it. */
async function lastMessageId(mobile: string): Promise<number> {
  return (await outbox(mobile))[0]?.id ?? 0;
}

/** The 6-digit code of the first SMS to `mobile` after `afterId`, polling the outbox. */
async function waitForCode(mobile: string, afterId: number): Promise<string> {
  const deadline = Date.now() + CODE_WAIT_MS;
  while (Date.now() < deadline) {
    const sms = (await outbox(mobile)).find((m) => m.id > afterId && m.channel === 'SMS');
    const code = sms && /\b(\d{6})\b/.exec(sms.body)?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error('The SMS code did not reach /dev/outbox within 15 seconds. · لم يصل رمز الرسالة إلى ‎/dev/outbox خلال 15 ثانية.');
}

const CHALLENGE = 'challenge { id } errors { field code message }';
const SESSION = 'session { accessToken accessTokenExpiresAt } account { username } errors { field code message }';

export default function DemoSignIn() {
  const headerEditor = useGraphiQL((state) => state.headerEditor);
  const ids = { person: useId(), password: useId(), captcha: useId(), status: useId() };
  const [people, setPeople] = useState<DemoPerson[] | null>(null);
  const [nationalId, setNationalId] = useState('');
  const [password, setPassword] = useState('');
  const [captchaRequired, setCaptchaRequired] = useState(true);
  const [captcha, setCaptcha] = useState<{ id: string; image: string; proofOfWork: string | null } | null>(null);
  // The solved proof of work of the image code shown, by its id (a new image code starts over).
  const proofOfWork = useRef<{ captchaId: string; payload: string | null }>({ captchaId: '', payload: null });
  const [captchaCode, setCaptchaCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Text | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [generated, setGenerated] = useState<Credentials | null>(null);

  const person = people?.find((p) => p.nationalId === nationalId) ?? null;

  const loadPeople = useCallback(async () => {
    const response = await fetch('/dev/demo-people', { credentials: 'omit' });
    if (!response.ok) throw new Error(`/dev/demo-people: HTTP ${response.status}`);
    const list = (await response.json()) as DemoPerson[];
    setPeople(list);
    return list;
  }, []);

  const newCaptcha = useCallback(async () => {
    setCaptchaCode('');
    const { authOptions } = await graphql<{ authOptions: { captchaRequired: boolean } }>('query DemoAuthOptions { authOptions { captchaRequired } }');
    setCaptchaRequired(authOptions.captchaRequired);
    if (!authOptions.captchaRequired) return setCaptcha(null);
    const { newCaptcha } = await graphql<{ newCaptcha: { id: string; image: string; proofOfWork: string | null } }>('mutation DemoCaptcha { newCaptcha { id image proofOfWork } }');
    proofOfWork.current = { captchaId: newCaptcha.id, payload: null };
    setCaptcha(newCaptcha);
  }, []);

  useEffect(() => {
    Promise.all([loadPeople(), newCaptcha()])
      .then(([list]) => setNationalId((current) => current || list[0]?.nationalId || ''))
      .catch((error: unknown) => setErrors([String(error instanceof Error ? error.message : error)]));
  }, [loadPeople, newCaptcha]);

  // The password field shows what this browser kept for the chosen person, if anything.
  useEffect(() => {
    setPassword(storedCredentials()[nationalId]?.password ?? '');
  }, [nationalId]);

  function fillAuthorization(token: string): void {
    if (!headerEditor) throw new Error('The headers editor is not ready. · محرر الترويسات غير جاهز.');
    const headers = tryParseJSONC(headerEditor.getValue()) ?? {};
    for (const name of Object.keys(headers)) if (name.toLowerCase() === 'authorization') delete headers[name];
    headerEditor.setValue(JSON.stringify({ ...headers, Authorization: `Bearer ${token}` }, null, 2));
  }

  /** The image code's proof of work once the widget has solved it (null without one, or after waiting in vain: the server then says so). */
  async function solvedProofOfWork(): Promise<string | null> {
    if (!captcha?.proofOfWork) return null;
    setStatus({ en: 'Checking this device…', ar: 'جارٍ التحقق من الجهاز…' });
    const until = Date.now() + PROOF_OF_WORK_WAIT_MS;
    while (Date.now() < until) {
      const solved = proofOfWork.current;
      if (solved.captchaId === captcha.id && solved.payload) return solved.payload;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return null;
  }

  async function signIn(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!person || busy) return;
    setBusy(true);
    setErrors([]);
    setGenerated(null);
    const captchaInput = { captchaId: captcha?.id ?? '', captchaCode, proofOfWork: await solvedProofOfWork() };
    try {
      let challengeId: string;
      let mobile: string;
      if (!person.account) {
        // No account yet: the real registration, with a strong password generated and kept here.
        mobile = person.mobile ?? '';
        const credentials = { username: `demo.${person.nationalId}`, password: strongPassword() };
        storeCredentials(person.nationalId, credentials);
        const email = `${credentials.username}@example.sa`;
        setStatus({ en: 'Registering…', ar: 'جارٍ التسجيل…' });
        const since = mobile ? await lastMessageId(mobile) : 0;
        const { register } = await graphql<{ register: { challenge: { id: string } | null; errors: UserError[] } }>(
          `mutation DemoRegister($input: RegisterInput!) { register(input: $input) { ${CHALLENGE} } }`,
          {
            input: {
              nationalId: person.nationalId,
              mobile,
              username: credentials.username,
              password: credentials.password,
              passwordConfirmation: credentials.password,
              email,
              emailConfirmation: email,
              preferredLanguage: 'AR',
              acceptTerms: true,
              ...captchaInput,
            },
          },
        );
        if (!register.challenge) return setErrors(register.errors.map(describe));
        setGenerated(credentials);
        setPassword(credentials.password);
        challengeId = register.challenge.id;
        setStatus({ en: 'Reading the SMS code from /dev/outbox…', ar: 'قراءة رمز الرسالة من ‎/dev/outbox…' });
        const code = await waitForCode(mobile, since);
        setStatus({ en: 'Verifying the code…', ar: 'التحقق من الرمز…' });
        const { verifyRegistration } = await graphql<{ verifyRegistration: SessionPayload }>(
          `mutation DemoVerifyRegistration($input: VerifyCodeInput!) { verifyRegistration(input: $input) { ${SESSION} } }`,
          { input: { challengeId, code } },
        );
        finish(verifyRegistration);
      } else {
        // An account exists: the real log-in, with the password kept here or typed.
        mobile = person.account.mobile;
        setStatus({ en: 'Logging in…', ar: 'جارٍ الدخول…' });
        const since = await lastMessageId(mobile);
        const { login } = await graphql<{ login: { challenge: { id: string } | null; errors: UserError[] } }>(`mutation DemoLogin($input: LoginInput!) { login(input: $input) { ${CHALLENGE} } }`, {
          input: { identifier: person.nationalId, password, ...captchaInput },
        });
        if (!login.challenge) return setErrors(login.errors.map(describe));
        storeCredentials(person.nationalId, { username: person.account.username, password });
        challengeId = login.challenge.id;
        setStatus({ en: 'Reading the SMS code from /dev/outbox…', ar: 'قراءة رمز الرسالة من ‎/dev/outbox…' });
        const code = await waitForCode(mobile, since);
        setStatus({ en: 'Verifying the code…', ar: 'التحقق من الرمز…' });
        const { verifyLogin } = await graphql<{ verifyLogin: SessionPayload }>(`mutation DemoVerifyLogin($input: VerifyCodeInput!) { verifyLogin(input: $input) { ${SESSION} } }`, {
          input: { challengeId, code },
        });
        finish(verifyLogin);
      }
    } catch (error) {
      setErrors([error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(false);
      // An image code is good for one attempt; the list now shows the new account, if any.
      await Promise.all([newCaptcha(), loadPeople()]).catch(() => undefined);
    }

    function finish(payload: SessionPayload): void {
      if (!payload.session) return setErrors(payload.errors.map(describe));
      fillAuthorization(payload.session.accessToken);
      const until = new Date(payload.session.accessTokenExpiresAt).toLocaleTimeString('en-GB');
      setStatus({
        en: `Signed in as ${person!.nameEn} (${payload.account?.username}). The Authorization header is set (Headers, below the query) until ${until}; sign in again for a new token.`,
        ar: `تم الدخول باسم ${person!.nameAr} (${payload.account?.username}). ضُبطت ترويسة Authorization (الترويسات، أسفل الاستعلام) حتى ${until}؛ ادخل مرة أخرى للحصول على رمز جديد.`,
      });
    }
  }

  return (
    <section className="absher-demo" aria-labelledby={`${ids.person}-title`}>
      <h2 id={`${ids.person}-title`} className="graphiql-doc-explorer-title">
        <Both en="Sign in as a demo person" ar="الدخول بشخص تجريبي" />
      </h2>
      <p>
        <Both
          en="Development only. Runs the real registration (first time) or log-in through this API and reads the SMS code from /dev/outbox."
          ar="للتطوير فقط. ينفّذ التسجيل (أول مرة) أو الدخول الحقيقي عبر هذه الواجهة ويقرأ رمز الرسالة من ‎/dev/outbox."
        />
      </p>
      {people === null && errors.length === 0 && <p>Loading… · جارٍ التحميل…</p>}
      {people && (
        <form onSubmit={(event) => void signIn(event)} aria-describedby={ids.status}>
          <label htmlFor={ids.person}>
            <Both en="Person of the demo registry" ar="شخص من السجل التجريبي" />
          </label>
          <select id={ids.person} name="nationalId" value={nationalId} onChange={(event) => setNationalId(event.target.value)}>
            {people.map((p) => (
              <option key={p.nationalId} value={p.nationalId}>
                {`${p.nameEn} · ${p.nameAr} · ${p.nationalId}${p.account ? ` · ${p.account.username}` : ''}`}
              </option>
            ))}
          </select>
          {person && (
            <p className="absher-hint">
              {person.account ? (
                <Both en={`Has an account (${person.account.username}): log-in.`} ar={`لديه حساب (${person.account.username}): دخول.`} />
              ) : (
                <Both en="No account yet: registration, with a generated password." ar="لا حساب بعد: تسجيل بكلمة مرور مولَّدة." />
              )}
            </p>
          )}
          {person?.account && (
            <>
              <label htmlFor={ids.password}>
                <Both en="Password" ar="كلمة المرور" />
              </label>
              <input id={ids.password} name="password" type="text" autoComplete="off" spellCheck={false} required value={password} onChange={(event) => setPassword(event.target.value)} />
            </>
          )}
          {captchaRequired && captcha && (
            <>
              <label htmlFor={ids.captcha}>
                <Both en="Image code (the 4 digits)" ar="رمز الصورة (الأرقام الأربعة)" />
              </label>
              {/* A PNG from this server, as a data URL. */}
              <img className="absher-captcha" src={captcha.image} alt="Image code · رمز الصورة" />
              <input id={ids.captcha} name="captchaCode" inputMode="numeric" autoComplete="off" required value={captchaCode} onChange={(event) => setCaptchaCode(event.target.value)} />
              <button type="button" className="absher-link" onClick={() => void newCaptcha()}>
                <Both en="Another image" ar="صورة أخرى" />
              </button>
              {captcha.proofOfWork && (
                <Suspense fallback={<p className="absher-hint">{POW_STRINGS.verifying}</p>}>
                  <AltchaWidget
                    key={captcha.id}
                    challenge={captcha.proofOfWork}
                    language="en"
                    strings={POW_STRINGS}
                    onPayload={(payload) => {
                      if (proofOfWork.current.captchaId === captcha.id) proofOfWork.current = { captchaId: captcha.id, payload };
                    }}
                  />
                </Suspense>
              )}
            </>
          )}
          <button type="submit" className="absher-submit" disabled={busy || !person}>
            <Both en="Sign in" ar="دخول" />
          </button>
        </form>
      )}
      <div id={ids.status} aria-live="polite">
        {status && errors.length === 0 && (
          <p className="absher-status">
            <Both en={status.en} ar={status.ar} />
          </p>
        )}
        {generated && (
          <p className="absher-generated">
            <Both
              en={`Generated password for ${generated.username}, kept in this browser for the explorer only:`}
              ar={`كلمة المرور المولَّدة لـ ${generated.username}، محفوظة في هذا المتصفح للمستكشف فقط:`}
            />{' '}
            <code className="absher-password">{generated.password}</code>
          </p>
        )}
        {errors.length > 0 && (
          <ul className="absher-errors" role="alert">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

interface SessionPayload {
  session: { accessToken: string; accessTokenExpiresAt: string } | null;
  account: { username: string } | null;
  errors: UserError[];
}

function describe(error: UserError): string {
  return error.field ? `${error.field}: ${error.message} (${error.code})` : error.message;
}
