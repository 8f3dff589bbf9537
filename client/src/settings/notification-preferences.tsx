import { useEffect, useState, type FormEvent } from 'react';
import { useMeQuery, useMyNotificationPreferencesQuery, useUpdateNotificationPreferencesMutation, type NotificationPreferenceFieldsFragment, type NotificationTopic } from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { ErrorSummary, Form, splitErrors, useFocusOnRefusal, type UserErrorLike } from '../ui/forms';
import { PageHeading } from '../ui/page-heading';

const TOPIC_NAMES = {
  REQUESTS: 'notificationPrefs.topic.REQUESTS',
  PAYMENTS: 'notificationPrefs.topic.PAYMENTS',
  APPOINTMENTS: 'notificationPrefs.topic.APPOINTMENTS',
  DOCUMENT_EXPIRY: 'notificationPrefs.topic.DOCUMENT_EXPIRY',
  VIOLATIONS: 'notificationPrefs.topic.VIOLATIONS',
} as const satisfies Record<NotificationTopic, MessageKey>;

type Preference = Omit<NotificationPreferenceFieldsFragment, '__typename'>;

/** /settings/notifications: per topic, whether its notifications also go by SMS and by e-mail. */
export default function NotificationPreferencesPage() {
  const { t, lang } = useI18n();
  const stored = useMyNotificationPreferencesQuery({ fetchPolicy: 'network-only' }).data?.myNotificationPreferences.topics;
  const emailVerified = useMeQuery().data?.me?.emailVerified;
  const [choices, setChoices] = useState<Preference[] | null>(null);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  // A key, not a text: shown in the language on screen even after a switch.
  const [outcome, setOutcome] = useState<MessageKey | null>(null);
  const [save, { loading }] = useUpdateNotificationPreferencesMutation();
  const { form, refused } = useFocusOnRefusal();
  useEffect(() => {
    if (stored && !choices) setChoices(stored.map(({ topic, sms, email }) => ({ topic, sms, email })));
  }, [stored, choices]);
  const toggle = (topic: NotificationTopic, channel: 'sms' | 'email') => (checked: boolean) => {
    setOutcome(null);
    setChoices((list) => list?.map((p) => (p.topic === topic ? { ...p, [channel]: checked } : p)) ?? null);
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!choices) return;
    setOutcome(null);
    try {
      const { data } = await save({ variables: { input: { preferences: choices } } });
      const result = data?.updateNotificationPreferences;
      setErrors(result?.errors ?? []);
      if (result?.preferences) setOutcome('notificationPrefs.saved');
      else refused();
    } catch {
      setOutcome('app.error.network');
      refused();
    }
  }
  const { summary } = splitErrors(errors, [], lang);
  return (
    <div className="narrow">
      <p>
        <Link href="/settings">{t('settings.title')}</Link>
      </p>
      <PageHeading>{t('notificationPrefs.title')}</PageHeading>
      <p>{t('notificationPrefs.intro')}</p>
      <p className="alert alert-info" data-always-sms>
        {t('notificationPrefs.alwaysSms')}
      </p>
      {choices && (
        <Form ref={form} className="card form notification-preferences" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="page-title">
          <ErrorSummary items={summary} failure={outcome === 'app.error.network' ? t(outcome) : null} />
          {choices.map((p) => (
            <fieldset key={p.topic} className="field" data-topic={p.topic}>
              <legend>{t(TOPIC_NAMES[p.topic])}</legend>
              <label className="choice">
                <input type="checkbox" name={`${p.topic}.sms`} checked={p.sms} onChange={(e) => toggle(p.topic, 'sms')(e.target.checked)} />
                {t('notificationPrefs.sms')}
              </label>
              <label className="choice">
                <input type="checkbox" name={`${p.topic}.email`} checked={p.email} onChange={(e) => toggle(p.topic, 'email')(e.target.checked)} />
                {t('notificationPrefs.email')}
              </label>
            </fieldset>
          ))}
          {emailVerified === false && <p className="hint">{t('notificationPrefs.emailUnconfirmed')}</p>}
          <button type="submit" className="button-primary" disabled={loading}>
            {loading ? t('form.sending') : t('notificationPrefs.save')}
          </button>
          <p role="status">{outcome === 'notificationPrefs.saved' ? t(outcome) : ''}</p>
        </Form>
      )}
    </div>
  );
}
