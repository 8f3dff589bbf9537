import { CombinedGraphQLErrors } from '@apollo/client';
import { useState } from 'react';
import { useResendEmailConfirmationMutation } from '../gql/graphql';
import { presentServerMessage } from '../i18n/server-text';
import type { MessageKey } from '../i18n/ar';
import { useI18n } from '../i18n/i18n';

/** "Send the link again", on the unconfirmed-e-mail warning; the outcome is announced where the button is. */
export function ResendConfirmation({ email }: { email: string }) {
  const { t, lang } = useI18n();
  const [resend, { loading }] = useResendEmailConfirmationMutation();
  // A key or the server's refusal, not a text: shown in the language on screen even after a switch.
  const [outcome, setOutcome] = useState<{ key: MessageKey } | { refusal: { code: string; message: string } } | null>(null);
  async function send() {
    setOutcome(null);
    try {
      const { data } = await resend();
      const refusal = data?.resendEmailConfirmation.errors[0];
      setOutcome(refusal ? { refusal } : data?.resendEmailConfirmation.sent ? { key: 'settings.linkResent' } : { key: 'app.error.generic' });
    } catch (error) {
      const limited = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'RATE_LIMITED');
      setOutcome({ key: limited ? 'settings.resendLimited' : 'app.error.network' });
    }
  }
  const message = !outcome ? '' : 'key' in outcome ? t(outcome.key, { email }) : presentServerMessage(outcome.refusal, lang);
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => void send()} disabled={loading}>
        {loading ? t('form.sending') : t('settings.resendLink')}
      </button>
      <p role="status" className="resend-outcome">
        {message && <bdi>{message}</bdi>}
      </p>
    </>
  );
}
