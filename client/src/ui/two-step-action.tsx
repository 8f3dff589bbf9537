import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { ErrorSummary, splitErrors, type UserErrorLike } from './forms';

/**
 * An action that cannot be undone (cancel a visa, report a card lost): the first button only asks,
 * saying what will happen; the second does it. The server's refusals show above the question, in
 * the page's language. `run` answers the refusals (none: done, and the question closes).
 */
export function TwoStepAction({
  label,
  question,
  yes,
  no,
  busy,
  run,
  children,
}: {
  label: string;
  question: string;
  yes: string;
  no: string;
  busy: boolean;
  run(): Promise<readonly UserErrorLike[]>;
  children?: ReactNode;
}) {
  const { lang } = useI18n();
  const [asking, setAsking] = useState(false);
  const [errors, setErrors] = useState<readonly UserErrorLike[]>([]);
  async function confirm() {
    const refused = await run();
    setErrors(refused);
    if (!refused.length) setAsking(false);
  }
  if (!asking) {
    return (
      <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-label={label}>
      <ErrorSummary items={splitErrors([...errors], [], lang).summary} />
      <p>{question}</p>
      {children}
      <button type="button" className="button-danger" onClick={() => void confirm()} disabled={busy}>
        {yes}
      </button>{' '}
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          setErrors([]);
          setAsking(false);
        }}
      >
        {no}
      </button>
    </div>
  );
}
