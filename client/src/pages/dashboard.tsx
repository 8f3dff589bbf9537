import { useMeQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { useAccount } from '../session/session';

/** The signed-in person's home: welcomed by name, then their national file. */
export default function DashboardPage() {
  const { t, lang } = useI18n();
  const account = useAccount();
  const me = useMeQuery().data?.me;
  const name = lang === 'ar' ? account.person.fullNameAr : account.person.fullNameEn;
  return (
    <div>
      <h1 id="page-title" tabIndex={-1}>
        {t('dashboard.welcome', { name })}
      </h1>
      <section className="card profile" aria-labelledby="profile-title">
        <h2 id="profile-title">{t('dashboard.title')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('dashboard.nationalId')}</dt>
            <dd dir="ltr">{account.person.nationalId}</dd>
          </div>
          {me && (
            <>
              <div>
                <dt>{t('settings.username')}</dt>
                <dd dir="ltr">{me.username}</dd>
              </div>
              <div>
                <dt>{t(me.person.kind === 'CITIZEN' ? 'dashboard.kind.CITIZEN' : 'dashboard.kind.RESIDENT')}</dt>
                <dd>{t('dashboard.memberSince', { date: formatDate(me.createdAt, lang) })}</dd>
              </div>
            </>
          )}
        </dl>
      </section>
    </div>
  );
}
