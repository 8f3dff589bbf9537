import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/i18n';
import type { AltchaStrings } from './altcha-widget';

// A chunk of its own (~35 KB gzipped with its worker): only forms with a human check load it.
const AltchaWidget = lazy(() => import('./altcha-widget'));

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
