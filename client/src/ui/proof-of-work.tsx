import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/i18n';
import type { AltchaStrings } from './altcha-widget';

// A chunk of its own (~35 KB gzipped with its worker): only forms with a human check load it.
const AltchaWidget = lazy(() => import('./altcha-widget'));

/**
 * Whether the person has begun on the page: a tap, a key, a field focused. The device check waits
 * for it, so a page with a form draws and settles first (the widget's code, its worker and the
 * solving are the heaviest work such a page does) and a visitor who only reads spends nothing. It
 * is solved in well under a second, long before a form is filled in; a submit still waits for it.
 */
let begun = false;
const onBegin = new Set<() => void>();
for (const type of ['pointerdown', 'keydown', 'focusin'] as const) {
  document.addEventListener(
    type,
    () => {
      begun = true;
      onBegin.forEach((listener) => listener());
    },
    { capture: true, passive: true, once: true },
  );
}
const subscribeToBegin = (listener: () => void) => {
  onBegin.add(listener);
  return () => onBegin.delete(listener);
};

interface ProofOfWorkProps {
  challenge: string;
  onPayload(payload: string | null, failed: boolean): void;
}

/**
 * The automatic device check (ALTCHA proof of work) that goes with an image code: solved in the
 * background once the person has begun on the page, in the page's language.
 */
export function ProofOfWork({ challenge, onPayload }: ProofOfWorkProps) {
  const { t, lang } = useI18n();
  const started = useSyncExternalStore(subscribeToBegin, () => begun);
  if (!started) {
    return (
      <div className="proof-of-work">
        <span className="hint">{t('pow.waiting')}</span>
      </div>
    );
  }
  const strings: AltchaStrings = {
    label: t('pow.label'),
    verifying: t('pow.verifying'),
    verified: t('pow.verified'),
    error: t('pow.error'),
    expired: t('pow.error'),
    waitAlert: t('pow.verifying'),
    verificationRequired: t('pow.verifying'),
  };
  return (
    <div className="proof-of-work">
      <Suspense fallback={<span className="hint">{t('pow.verifying')}</span>}>
        <AltchaWidget challenge={challenge} language={lang} strings={strings} onPayload={onPayload} />
      </Suspense>
    </div>
  );
}
