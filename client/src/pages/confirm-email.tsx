import { useEffect, useRef, useState } from 'react';
import { useConfirmEmailChangeMutation, useConfirmEmailMutation } from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { useI18n } from '../i18n/i18n';
import { presentServerMessage, type ServerMessage } from '../i18n/server-text';
import { Link, useLocation } from '../router';
import { PageHeading } from '../ui/page-heading';

/** Refused: the server's reasons, or (no token, no network) one of the portal's own messages. */
type Outcome = { state: 'working' } | { state: 'done' } | { state: 'refused'; errors: ServerMessage[] } | { state: 'failed'; key: MessageKey };

/**
 * The page an e-mail link opens (/confirm-email and /confirm-email-change): it sends the link's
 * token once and says what happened.
 */
export default function ConfirmEmailPage() {
  const { t, lang } = useI18n();
  const { path } = useLocation();
  const change = path === '/confirm-email-change';
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const [confirm] = useConfirmEmailMutation();
  const [confirmChange] = useConfirmEmailChangeMutation();
  const [outcome, setOutcome] = useState<Outcome>(token ? { state: 'working' } : { state: 'failed', key: 'confirm.missing' });
  const sent = useRef(false);
  useEffect(() => {
    // Once: a link's token is single use, and React may run effects twice in development.
    if (!token || sent.current) return;
    sent.current = true;
    void (async () => {
      try {
        if (change) {
          const { data } = await confirmChange({ variables: { input: { token } } });
          setOutcome(data?.confirmEmailChange.changed ? { state: 'done' } : { state: 'refused', errors: data?.confirmEmailChange.errors ?? [] });
        } else {
          const { data } = await confirm({ variables: { input: { token } } });
          setOutcome(data?.confirmEmail.confirmed ? { state: 'done' } : { state: 'refused', errors: data?.confirmEmail.errors ?? [] });
        }
      } catch {
        setOutcome({ state: 'failed', key: 'app.error.network' });
      }
    })();
  }, [token, change, confirm, confirmChange]);
  return (
    <div className="narrow card">
      <PageHeading>{t(change ? 'confirm.changeTitle' : 'confirm.title')}</PageHeading>
      <div role="status">
        {outcome.state === 'working' && <p>{t('confirm.working')}</p>}
        {outcome.state === 'done' && <p>{t(change ? 'confirm.changed' : 'confirm.done')}</p>}
        {outcome.state === 'refused' &&
          outcome.errors.map((e) => (
            <p key={e.message} className="error-text">
              {presentServerMessage(e, lang)}
            </p>
          ))}
        {outcome.state === 'failed' && <p className="error-text">{t(outcome.key)}</p>}
      </div>
      <Link href="/">{t('app.notFound.home')}</Link>
    </div>
  );
}
