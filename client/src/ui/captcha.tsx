import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useAuthOptionsQuery, useNewCaptchaMutation, type NewCaptchaMutation } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { useBegun } from './begin';
import { Field } from './forms';
import { ProofOfWork } from './proof-of-work';

type Captcha = NewCaptchaMutation['newCaptcha'];

/** How long a submit waits for the device check still running in the background. */
const PROOF_OF_WORK_WAIT_MS = 20_000;

/**
 * The human check for a form: whether the server wants one, the current image code, its solved
 * proof of work, and what to do after a try (a new image only when the server spent this one).
 */
export function useCaptcha() {
  const options = useAuthOptionsQuery({ fetchPolicy: 'cache-first' });
  const required = options.data?.authOptions.captchaRequired ?? true;
  const [captcha, setCaptcha] = useState<Captcha | null>(null);
  const [mutate, { loading }] = useNewCaptchaMutation();
  // The solved proof of work, by the image code it belongs to; waiters are submits that came first.
  const solved = useRef<{ captchaId: string; payload: string } | null>(null);
  const waiters = useRef<{ captchaId: string; resolve(payload: string | null): void }[]>([]);

  const refresh = useCallback(async () => {
    solved.current = null;
    try {
      const { data } = await mutate();
      setCaptcha(data?.newCaptcha ?? null);
    } catch {
      setCaptcha(null);
    }
  }, [mutate]);
  // Asked for once the person begins on the form (ui/begin.ts), in a task of its own.
  const begun = useBegun();
  useEffect(() => {
    if (!options.data || !required || !begun) return;
    const asking = setTimeout(() => void refresh());
    return () => clearTimeout(asking);
  }, [options.data, required, begun, refresh]);

  const solvedFor = useCallback((captchaId: string, payload: string | null, failed = false) => {
    solved.current = payload ? { captchaId, payload } : null;
    // Still solving: submits keep waiting. Solved, or failed (the server will say so): they go on.
    if (!payload && !failed) return;
    for (const waiter of waiters.current.filter((w) => w.captchaId === captchaId)) waiter.resolve(payload);
    waiters.current = waiters.current.filter((w) => w.captchaId !== captchaId);
  }, []);

  /** The proof of work to send with the current image code: at once when solved, else when it is (or null). */
  const proofOfWork = useCallback(async (): Promise<string | null> => {
    if (!captcha?.proofOfWork) return null;
    if (solved.current?.captchaId === captcha.id) return solved.current.payload;
    return new Promise((resolve) => {
      const waiter = { captchaId: captcha.id, resolve };
      waiters.current.push(waiter);
      setTimeout(() => {
        waiters.current = waiters.current.filter((w) => w !== waiter);
        resolve(null);
      }, PROOF_OF_WORK_WAIT_MS);
    });
  }, [captcha]);

  /**
   * After a try: when the server used up the image code (or the device check failed), show a new
   * one and tell the form to clear the digits typed; when only the input's own checks failed, keep
   * both, so the person corrects the field and sends again.
   */
  const settle = useCallback(
    (spent: boolean, errors: readonly { field?: string | null }[] = []): boolean => {
      const renew = spent || errors.some((e) => e.field === 'proofOfWork');
      if (renew) void refresh();
      return renew;
    },
    [refresh],
  );

  return {
    required,
    captcha,
    loading,
    refresh,
    proofOfWork,
    solvedFor,
    settle,
    ready: !!options.data,
    /** Whether the code has been asked for: not before the person begins on the form. */
    begun,
    ssoEnabled: options.data?.authOptions.ssoEnabled ?? false,
  };
}

// On a phone the image's two buttons show as icons beside it (their names stay, for screen readers
// and as tooltips), so that the log-in button stays on the first screen.
const REFRESH_ICON = 'M17.65 6.35A7.95 7.95 0 0 0 12 4a8 8 0 1 0 7.75 10h-2.08A6 6 0 1 1 12 6c1.66 0 3.14.69 4.22 1.78L13 11h7V4z';
const LISTEN_ICON = 'M3 9v6h4l5 5V4L7 9zm13.5 3A4.5 4.5 0 0 0 14 7.97v8.05c1.48-.73 2.5-2.25 2.5-4.02M14 3.23v2.06a7 7 0 0 1 0 13.42v2.06A9 9 0 0 0 14 3.23';

function ActionIcon({ path }: { path: string }) {
  return (
    <svg className="captcha-action-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={path} fill="currentColor" />
    </svg>
  );
}

interface CaptchaFieldProps {
  captcha: ReturnType<typeof useCaptcha>;
  value: string;
  onValue(value: string): void;
  errors?: string[];
}

export function CaptchaField({ captcha, value, onValue, errors }: CaptchaFieldProps) {
  const { t } = useI18n();
  const current = captcha.captcha;
  const { solvedFor } = captcha;
  const onPayload = useCallback((payload: string | null, failed: boolean) => current && solvedFor(current.id, payload, failed), [current, solvedFor]);
  if (!captcha.required) return null;
  return (
    <Field
      name="captchaCode"
      label={t('captcha.label')}
      hint={t('captcha.hint')}
      errors={errors}
      value={value}
      onValue={onValue}
      inputMode="numeric"
      autoComplete="off"
      maxLength={8}
      required
      className="input-short"
      after={
        <>
          <div className="captcha">
            {current ? (
              // A PNG from our own server, as a data URL: nothing to fetch, nothing that could run.
              <img src={current.image} alt={t('captcha.alt')} width={240} height={80} />
            ) : (
              <span className="captcha-placeholder">{t(captcha.begun ? 'captcha.loading' : 'captcha.waiting')}</span>
            )}
            <button type="button" className="button-secondary captcha-action" onClick={() => void captcha.refresh()} disabled={captcha.loading} title={t('captcha.refresh')}>
              <ActionIcon path={REFRESH_ICON} />
              <span className="captcha-action-text">{t('captcha.refresh')}</span>
            </button>
            {current && <ListenButton key={current.id} audioUrl={current.audioUrl} />}
          </div>
          {current?.proofOfWork && <ProofOfWork key={current.id} challenge={current.proofOfWork} onPayload={onPayload} />}
        </>
      }
    />
  );
}

/**
 * "Listen to the code": the same digits spoken by the server in the page's language (WCAG 1.1.1),
 * a real button, so keyboards and screen readers reach it; what happens is said in a status line.
 */
function ListenButton({ audioUrl }: { audioUrl: string }) {
  const { t, lang } = useI18n();
  const statusId = useId();
  const [state, setState] = useState<'idle' | 'playing' | 'gone'>('idle');
  const player = useRef<HTMLAudioElement | null>(null);
  useEffect(() => () => player.current?.pause(), []);

  function listen() {
    player.current?.pause();
    const audio = new Audio(`${audioUrl}?lang=${lang}`);
    player.current = audio;
    setState('playing');
    audio.onended = () => setState('idle');
    audio.onerror = () => setState('gone');
    audio.play().catch((error: unknown) => {
      // Pausing for a new play is not a failure; a code no longer served is.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setState('gone');
    });
  }

  return (
    <>
      <button type="button" className="button-secondary captcha-action" onClick={listen} aria-describedby={statusId} title={t('captcha.listen')}>
        <ActionIcon path={LISTEN_ICON} />
        <span className="captcha-action-text">{t('captcha.listen')}</span>
      </button>
      <span id={statusId} role="status" className="captcha-status">
        {state === 'playing' ? t('captcha.playing') : state === 'gone' ? t('captcha.audioGone') : ''}
      </span>
    </>
  );
}
