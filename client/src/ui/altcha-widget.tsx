// The ALTCHA widget, loaded lazily (its own chunk) by ./proof-of-work.tsx: nobody pays for it until a
// form with a human check is shown. The "external" build takes no inline styles or blob workers,
// so the strict Content-Security-Policy holds: its CSS and the PBKDF2 worker are files of our own.
import 'altcha/external';
import 'altcha/altcha.css';
import 'altcha/i18n/ar';
import type {} from 'altcha/types/react';
import Pbkdf2Worker from 'altcha/workers/pbkdf2?worker';
import { useEffect, useRef } from 'react';

globalThis.$altcha.algorithms.set('PBKDF2/SHA-256', () => new Pbkdf2Worker());

/** The widget's own texts that show, replaced by the portal's in both languages. */
export interface AltchaStrings {
  label: string;
  verifying: string;
  verified: string;
  error: string;
  expired: string;
  waitAlert: string;
  verificationRequired: string;
}

export interface AltchaWidgetProps {
  /** The challenge JSON from `newCaptcha.proofOfWork`. */
  challenge: string;
  language: 'ar' | 'en';
  strings: AltchaStrings;
  /** The payload once solved; null while solving (`failed` false) or after a failure (`failed` true). */
  onPayload(payload: string | null, failed: boolean): void;
}

// Solved on load, with no footer link (the portal works offline) and no collection of pointer
// movements (there is no ALTCHA service here to send them to).
const CONFIGURATION = JSON.stringify({ hideFooter: true, hideLogo: true, humanInteractionSignature: false, minDuration: 0 });

export default function AltchaWidget({ challenge, language, strings, onPayload }: AltchaWidgetProps) {
  const ref = useRef<HTMLElement>(null);
  const i18n = globalThis.$altcha.i18n;
  i18n.set(language, { ...i18n.get(language), ...strings });
  useEffect(() => {
    const widget = ref.current;
    if (!widget) return;
    const changed = (event: Event) => {
      const { state, payload } = (event as CustomEvent<{ state: string; payload: string | null }>).detail;
      onPayload(state === 'verified' && payload ? payload : null, state === 'error' || state === 'expired');
    };
    widget.addEventListener('statechange', changed);
    return () => widget.removeEventListener('statechange', changed);
  }, [onPayload]);
  return <altcha-widget ref={ref} challenge={challenge} auto="onload" language={language} name="proofOfWork" configuration={CONFIGURATION} />;
}
