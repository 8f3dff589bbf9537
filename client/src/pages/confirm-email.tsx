import { useEffect, useRef, useState } from 'react';
import { useConfirmEmailChangeMutation, useConfirmEmailMutation } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link, useLocation } from '../router';

type Outcome = { state: 'working' } | { state: 'done' } | { state: 'refused'; messages: string[] };

/**
 * The page an e-mail link opens (/confirm-email and /confirm-email-change): it sends the link's
 * token once and says what happened.
 */
export default function ConfirmEmailPage() {
  const { t } = useI18n();
  const { path } = useLocation();
  const change = path === '/confirm-email-change';
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const [confirm] = useConfirmEmailMutation();
  const [confirmChange] = useConfirmEmailChangeMutation();
  const [outcome, setOutcome] = useState<Outcome>(token ? { state: 'working' } : { state: 'refused', messages: [t('confirm.missing')] });
  const sent = useRef(false);
  useEffect(() => {
    // Once: a link's token is single use, and React may run effects twice in development.
    if (!token || sent.current) return;
    sent.current = true;
    void (async () => {
      try {
        if (change) {
          const { data } = await confirmChange({ variables: { input: { token } } });
          setOutcome(data?.confirmEmailChange.changed ? { state: 'done' } : { state: 'refused', messages: (data?.confirmEmailChange.errors ?? []).map((e) => e.message) });
        } else {
          const { data } = await confirm({ variables: { input: { token } } });
          setOutcome(data?.confirmEmail.confirmed ? { state: 'done' } : { state: 'refused', messages: (data?.confirmEmail.errors ?? []).map((e) => e.message) });
        }
      } catch {
        setOutcome({ state: 'refused', messages: [t('app.error.network')] });
      }
    })();
  }, [token, change, confirm, confirmChange, t]);
  return (
    <div className="narrow card">
      <h1 id="page-title" tabIndex={-1}>
        {t(change ? 'confirm.changeTitle' : 'confirm.title')}
      </h1>
      <div role="status">
        {outcome.state === 'working' && <p>{t('confirm.working')}</p>}
        {outcome.state === 'done' && <p>{t(change ? 'confirm.changed' : 'confirm.done')}</p>}
        {outcome.state === 'refused' &&
          outcome.messages.map((m) => (
            <p key={m} className="error-text">
              {m}
            </p>
          ))}
      </div>
      <Link href="/">{t('app.notFound.home')}</Link>
    </div>
  );
}
