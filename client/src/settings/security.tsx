import { useState, type FormEvent } from 'react';
import { useChangePasswordMutation, useMySessionsQuery, useRevokeOtherSessionsMutation, useRevokeSessionMutation } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDateTime, formatNumber } from '../i18n/format';
import { useSession } from '../session/session';
import { ErrorSummary, Field, Form, splitErrors, useFocusOnRefusal, type UserErrorLike } from '../ui/forms';
import { StrengthMeter } from '../ui/strength-meter';

/** The account's live sessions, each of which can be ended; ending this one logs out. */
export function SessionsList() {
  const { t, lang } = useI18n();
  const { logout } = useSession();
  const sessions = useMySessionsQuery({ fetchPolicy: 'network-only' });
  const [revoke, revoking] = useRevokeSessionMutation();
  const [revokeOthers, revokingOthers] = useRevokeOtherSessionsMutation();
  const [ended, setEnded] = useState<number | null>(null);
  async function end(id: string, current: boolean) {
    if (current) return logout();
    await revoke({ variables: { input: { id } } });
    await sessions.refetch();
  }
  async function endOthers() {
    const { data } = await revokeOthers();
    setEnded(data?.revokeOtherSessions.revokedCount ?? 0);
    await sessions.refetch();
  }
  const list = sessions.data?.mySessions.nodes ?? [];
  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('settings.sessions')}</h2>
      <p className="hint">{t('settings.sessionsHint')}</p>
      <ul className="list">
        {list.map((s) => (
          <li key={s.id} className="list-item">
            <p>
              {/* Named in words in the page's language; the raw User-Agent stays as a tooltip for the curious. */}
              <strong title={s.device}>{lang === 'ar' ? s.deviceNameAr : s.deviceNameEn}</strong> {s.current && <span className="badge">{t('settings.thisDevice')}</span>}
            </p>
            <p className="hint">{t('settings.sessionSince', { date: formatDateTime(s.createdAt, lang), last: formatDateTime(s.lastUsedAt, lang) })}</p>
            {/* Its own line and label: a left-to-right address beside an Arabic time runs into it. */}
            {s.clientAddress && (
              <p className="hint session-address">
                {t('settings.address')}: <bdi dir="ltr">{s.clientAddress}</bdi>
              </p>
            )}
            <button type="button" className="button-danger" onClick={() => void end(s.id, s.current)} disabled={revoking.loading}>
              {t(s.current ? 'nav.logout' : 'settings.endSession')}
            </button>
          </li>
        ))}
      </ul>
      {list.length > 1 && (
        <div className="actions">
          <button type="button" className="button-secondary" onClick={() => void endOthers()} disabled={revokingOthers.loading}>
            {t('settings.endOthers')}
          </button>
        </div>
      )}
      <p role="status">{ended === null ? '' : t('settings.othersEnded', { count: formatNumber(ended, lang) })}</p>
    </section>
  );
}

export function ChangePasswordForm() {
  const { t, lang } = useI18n();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', newPasswordConfirmation: '' });
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [done, setDone] = useState(false);
  const [change, { loading }] = useChangePasswordMutation();
  const { form, refused } = useFocusOnRefusal();
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const { data } = await change({ variables: { input: values } });
    if (data?.changePassword.passwordChanged) {
      setErrors([]);
      setValues({ currentPassword: '', newPassword: '', newPasswordConfirmation: '' });
      setDone(true);
    } else {
      setErrors(data?.changePassword.errors ?? []);
      refused();
    }
  }
  const { byField, summary } = splitErrors(errors, ['currentPassword', 'newPassword', 'newPasswordConfirmation'], lang);
  return (
    <Form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="password-title">
      <h2 id="password-title">{t('settings.password')}</h2>
      <ErrorSummary items={summary} />
      <Field
        name="currentPassword"
        type="password"
        label={t('settings.currentPassword')}
        errors={byField.currentPassword}
        value={values.currentPassword}
        onValue={set('currentPassword')}
        autoComplete="current-password"
        required
        dir="ltr"
      />
      <Field
        name="newPassword"
        type="password"
        label={t('settings.newPassword')}
        hint={t('register.passwordHint')}
        errors={byField.newPassword}
        value={values.newPassword}
        onValue={set('newPassword')}
        autoComplete="new-password"
        required
        dir="ltr"
        after={<StrengthMeter password={values.newPassword} userInputs={[]} />}
      />
      <Field
        name="newPasswordConfirmation"
        type="password"
        label={t('settings.newPasswordConfirmation')}
        errors={byField.newPasswordConfirmation}
        value={values.newPasswordConfirmation}
        onValue={set('newPasswordConfirmation')}
        autoComplete="new-password"
        required
        dir="ltr"
      />
      <button type="submit" className="button-primary" disabled={loading}>
        {loading ? t('form.sending') : t('settings.changePassword')}
      </button>
      <p role="status">{done ? t('settings.passwordChanged') : ''}</p>
    </Form>
  );
}
