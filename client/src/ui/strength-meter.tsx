import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';

const levels = ['strength.0', 'strength.1', 'strength.2', 'strength.3', 'strength.4'] as const;

type Checker = (password: string, userInputs: string[]) => number;
let checker: Promise<Checker> | null = null;

/**
 * zxcvbn and its dictionaries are a few hundred kilobytes: fetched the first time a password is
 * typed, never part of the first download.
 */
export function loadChecker(): Promise<Checker> {
  checker ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(([core, common]) => {
    const zxcvbn = new core.ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
    return (password, userInputs) => zxcvbn.check(password, userInputs).score;
  });
  return checker;
}

/** An estimate for the person; the server's rules decide what is accepted. */
export function StrengthMeter({ password, userInputs }: { password: string; userInputs: string[] }) {
  const { t } = useI18n();
  const [score, setScore] = useState<number | null>(null);
  const inputsKey = userInputs.join('\u0000');
  useEffect(() => {
    if (!password) {
      setScore(null);
      return;
    }
    let live = true;
    void loadChecker().then((check) => {
      if (live) setScore(check(password, inputsKey.split('\u0000').filter(Boolean)));
    });
    return () => {
      live = false;
    };
  }, [password, inputsKey]);
  const label = t(score === null ? 'strength.empty' : levels[Math.min(Math.max(score, 0), 4)]);
  return (
    <div className="strength" data-score={score ?? ''}>
      <div className="strength-bar" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <span key={i} className={score !== null && score > i ? 'on' : ''} />
        ))}
      </div>
      <p className="strength-text" aria-live="polite">
        {t('strength.label')}: <strong>{label}</strong>
      </p>
    </div>
  );
}
