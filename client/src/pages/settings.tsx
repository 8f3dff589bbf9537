import { useState, type FormEvent } from 'react';
import { useMeQuery } from '../gql/graphql';
import { translate, useI18n, type Lang } from '../i18n/i18n';
import { useSwitchLanguage } from '../session/language';
import { ChangePasswordForm, SessionsList } from '../settings/security';
import { SsoUnlink } from '../settings/sso';

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
      <h1 id="page-title" tabIndex={-1}>
        {t('settings.title')}
      </h1>
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
          <dl className="facts">
            <div>
              <dt>{t('settings.username')}</dt>
              <dd dir="ltr">{me.username}</dd>
            </div>
            <div>
              <dt>{t('settings.email')}</dt>
              <dd>
                <span dir="ltr">{me.email}</span> <span className="badge">{t(me.emailVerified ? 'settings.emailVerified' : 'settings.emailNotVerified')}</span>
              </dd>
            </div>
            <div>
              <dt>{t('settings.mobile')}</dt>
              <dd dir="ltr">{me.maskedMobile}</dd>
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
      <SessionsList />
      <ChangePasswordForm />
    </div>
  );
}
