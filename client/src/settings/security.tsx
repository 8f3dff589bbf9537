import { useRef, useState, type FormEvent } from 'react';
import { useChangePasswordMutation, useMySessionsQuery, useRevokeOtherSessionsMutation, useRevokeSessionMutation, type UserErrorFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDateTime } from '../i18n/format';
import { useSession } from '../session/session';
import { ErrorSummary, Field, focusFirstError, splitErrors } from '../ui/forms';
import { StrengthMeter } from '../ui/strength-meter';

/** The account's live sessions, each of which can be ended; ending this one logs out. */
export function SessionsList() {
  const { t, lang } = useI18n();
  const { logout } = useSession();
  const sessions = useMySessionsQuery({ fetchPolicy: 'network-only' });
  const [revoke, revoking] = useRevokeSessionMutation();
  const [revokeOthers, revokingOthers] = useRevokeOtherSessionsMutation();
  const [notice, setNotice] = useState('');
  async function end(id: string, current: boolean) {
    if (current) return logout();
    await revoke({ variables: { input: { id } } });
    await sessions.refetch();
  }
  async function endOthers() {
    const { data } = await revokeOthers();
    setNotice(t('settings.othersEnded', { count: data?.revokeOtherSessions.revokedCount ?? 0 }));
    await sessions.refetch();
  }
  const list = sessions.data?.mySessions ?? [];
  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('settings.sessions')}</h2>
      <p className="hint">{t('settings.sessionsHint')}</p>
      <ul className="list">
        {list.map((s) => (
          <li key={s.id} className="list-item">
            <p>
              <strong dir="ltr">{s.device}</strong> {s.current && <span className="badge">{t('settings.thisDevice')}</span>}
            </p>
            <p className="hint">
              {t('settings.sessionSince', { date: formatDateTime(s.createdAt, lang), last: formatDateTime(s.lastUsedAt, lang) })}
              {s.clientAddress && <bdi dir="ltr"> · {s.clientAddress}</bdi>}
            </p>
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
      <p role="status">{notice}</p>
    </section>
  );
}

export function ChangePasswordForm() {
  const { t } = useI18n();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', newPasswordConfirmation: '' });
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [done, setDone] = useState(false);
  const [change, { loading }] = useChangePasswordMutation();
  const form = useRef<HTMLFormElement>(null);
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
      requestAnimationFrame(() => focusFirstError(form.current));
    }
  }
  const { byField, general } = splitErrors(errors, ['currentPassword', 'newPassword', 'newPasswordConfirmation']);
  return (
    <form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="password-title">
      <h2 id="password-title">{t('settings.password')}</h2>
      <ErrorSummary messages={general} />
      <Field name="currentPassword" type="password" label={t('settings.currentPassword')} errors={byField.currentPassword} value={values.currentPassword} onValue={set('currentPassword')} autoComplete="current-password" required dir="ltr" />
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
      <Field name="newPasswordConfirmation" type="password" label={t('settings.newPasswordConfirmation')} errors={byField.newPasswordConfirmation} value={values.newPasswordConfirmation} onValue={set('newPasswordConfirmation')} autoComplete="new-password" required dir="ltr" />
      <button type="submit" className="button-primary" disabled={loading}>
        {loading ? t('form.sending') : t('settings.changePassword')}
      </button>
      <p role="status">{done ? t('settings.passwordChanged') : ''}</p>
    </form>
  );
}
