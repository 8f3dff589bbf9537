import { useState, type FormEvent } from 'react';
import { useMeQuery } from '../gql/graphql';
import { translate, useI18n, type Lang } from '../i18n/i18n';
import { Link } from '../router';
import { useSwitchLanguage } from '../session/language';
import { ChangePasswordForm, SessionsList } from '../settings/security';
import { ResendConfirmation } from '../settings/resend-confirmation';
import { SsoUnlink } from '../settings/sso';
import { PageHeading } from '../ui/page-heading';

export default function SettingsPage() {
  const { t, lang } = useI18n();
  const switchLanguage = useSwitchLanguage();
  const [choice, setChoice] = useState<Lang>(lang);
  const [saved, setSaved] = useState<'saved' | 'failed' | null>(null);
  const meQuery = useMeQuery();
  const me = meQuery.data?.me;
  const [unlinked, setUnlinked] = useState(false);
  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved((await switchLanguage(choice)) ? 'saved' : 'failed');
  }
  return (
    <div className="narrow">
      <PageHeading>{t('settings.title')}</PageHeading>
      <form className="card form" onSubmit={(e) => void save(e)}>
        <fieldset className="field" aria-describedby="language-hint">
          <legend>{t('settings.language')}</legend>
          <p id="language-hint" className="hint">
            {t('settings.languageHint')}
          </p>
          {(['ar', 'en'] as const).map((l) => (
            <label key={l} className="choice" lang={l}>
              <input
                type="radio"
                name="language"
                value={l}
                checked={choice === l}
                onChange={() => {
                  setChoice(l);
                  setSaved(null);
                }}
              />
              {translate(l, 'lang.self')}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button-primary">
          {t('settings.save')}
        </button>
        <p role="status">{saved === 'saved' ? t('settings.saved') : saved === 'failed' ? t('settings.languageNotSaved') : ''}</p>
      </form>
      {me && (
        <section className="card" aria-labelledby="account-title">
          <h2 id="account-title">{t('settings.account')}</h2>
          {!me.emailVerified && (
            // Not an error the person made, but something to act on: a warning, with the way to fix it.
            <div className="alert alert-warn email-unconfirmed">
              <p>{t('settings.emailUnconfirmed')}</p>
              <div className="actions">
                <ResendConfirmation email={me.email} />
                <Link href="/settings/email">{t('settings.changeEmail')}</Link>
              </div>
            </div>
          )}
          <dl className="facts">
            <div>
              <dt>{t('settings.username')}</dt>
              <dd dir="ltr">{me.username}</dd>
            </div>
            <div>
              <dt>{t('settings.email')}</dt>
              <dd>
                <bdi dir="ltr">{me.email}</bdi> <span className={me.emailVerified ? 'badge' : 'badge badge-warn'}>{t(me.emailVerified ? 'settings.emailVerified' : 'settings.emailNotVerified')}</span>
                <br />
                <Link href="/settings/email">{t('settings.changeEmail')}</Link>
              </dd>
            </div>
            <div>
              <dt>{t('settings.mobile')}</dt>
              <dd>
                <bdi dir="ltr">{me.maskedMobile}</bdi>
                <br />
                <Link href="/settings/mobile">{t('settings.changeMobile')}</Link>
              </dd>
            </div>
            <div>
              <dt>{t('settings.sso')}</dt>
              <dd>{t(me.ssoLinked ? 'settings.ssoLinked' : 'settings.ssoNotLinked')}</dd>
            </div>
          </dl>
          {me.ssoLinked && (
            <SsoUnlink
              onUnlinked={() => {
                setUnlinked(true);
                void meQuery.refetch();
              }}
            />
          )}
          <p role="status">{unlinked ? t('settings.ssoUnlinked') : ''}</p>
        </section>
      )}
      <section className="card" aria-labelledby="notifications-title">
        <h2 id="notifications-title">{t('settings.notifications')}</h2>
        <p className="hint">{t('notificationPrefs.alwaysSms')}</p>
        <Link href="/settings/notifications">{t('settings.notificationPrefs')}</Link>
      </section>
      <SessionsList />
      <ChangePasswordForm />
    </div>
  );
}
