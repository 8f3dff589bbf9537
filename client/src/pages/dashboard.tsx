import { AppointmentSummary } from '../appointments/appointments';
import { useMeQuery, useMyAppointmentsQuery, useUnreadCountQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { Link } from '../router';
import { useAccount } from '../session/session';

/** The signed-in person's home: welcomed by name, then their national file at a glance. */
export default function DashboardPage() {
  const { t, lang } = useI18n();
  const account = useAccount();
  const me = useMeQuery().data?.me;
  const appointments = useMyAppointmentsQuery().data?.myAppointments.filter((a) => a.status === 'BOOKED') ?? [];
  const unread = useUnreadCountQuery().data?.notifications.unreadCount;
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
      <div className="summary-grid">
        <section className="card" aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">{t('dashboard.upcoming')}</h2>
          {appointments.length ? (
            <ul className="list">
              {appointments.slice(0, 3).map((a) => (
                <li key={a.id} className="list-item">
                  <AppointmentSummary appointment={a} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('dashboard.noUpcoming')}</p>
          )}
          <Link href="/appointments">{t('nav.appointments')}</Link>
        </section>
        <section className="card" aria-labelledby="unread-title">
          <h2 id="unread-title">{t('dashboard.unread')}</h2>
          <p className="count">{unread ?? '—'}</p>
          <Link href="/notifications">{t('nav.notifications')}</Link>
        </section>
      </div>
    </div>
  );
}
