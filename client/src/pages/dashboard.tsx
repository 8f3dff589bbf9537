import { AppointmentSummary } from '../appointments/appointments';
import { documentTypeKeys, ExpiryNote } from '../eservices/documents';
import { RequestStatusBadge } from '../eservices/requests';
import { useMeQuery, useMyAppointmentsQuery, useMyDocumentsQuery, useMyRequestsQuery, useMyViolationsQuery, useUnreadCountQuery } from '../gql/graphql';
import { inLang, useI18n } from '../i18n/i18n';
import { formatDate, formatNumber, formatSar } from '../i18n/format';
import { Link } from '../router';
import { useAccount } from '../session/session';
import { PageHeading } from '../ui/page-heading';

/** The signed-in person's home: welcomed by name, then their national file at a glance. */
export default function DashboardPage() {
  const { t, lang } = useI18n();
  const account = useAccount();
  const me = useMeQuery().data?.me;
  const appointments = useMyAppointmentsQuery().data?.myAppointments.nodes.filter((a) => a.status === 'BOOKED') ?? [];
  const unread = useUnreadCountQuery().data?.notifications.unreadCount;
  const documents = useMyDocumentsQuery().data?.myDocuments.nodes ?? [];
  const violations = useMyViolationsQuery({ variables: { unpaidOnly: true } }).data?.myViolations.nodes ?? [];
  const openRequests = (useMyRequestsQuery({ variables: { after: null, status: null } }).data?.myRequests.edges ?? [])
    .map((e) => e.node)
    .filter((r) => r.status === 'SUBMITTED' || r.status === 'PENDING_PAYMENT');
  const name = lang === 'ar' ? account.person.fullNameAr : account.person.fullNameEn;
  return (
    <div>
      <PageHeading title={t('nav.dashboard')}>{t('dashboard.welcome', { name })}</PageHeading>
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
        <section className="card" aria-labelledby="documents-title">
          <h2 id="documents-title">{t('dashboard.documents')}</h2>
          {documents.length ? (
            <ul className="list compact">
              {documents.slice(0, 5).map((d) => (
                <li key={`${d.type}-${d.number}`}>
                  {t(documentTypeKeys[d.type])} — <bdi>{inLang(lang, d.holder.firstNameAr, d.holder.firstNameEn)}</bdi>: <ExpiryNote days={d.daysToExpiry} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('dashboard.noDocuments')}</p>
          )}
          <Link href="/documents">{t('nav.documents')}</Link>
        </section>
        <section className="card" aria-labelledby="violations-title">
          <h2 id="violations-title">{t('dashboard.violations')}</h2>
          <p className="count">{formatNumber(violations.length, lang)}</p>
          {violations.length > 0 && <p>{violations.map((v) => formatSar(v.amount.halalas, lang)).join(' + ')}</p>}
          <Link href="/vehicles">{t('nav.vehicles')}</Link>
        </section>
        <section className="card" aria-labelledby="requests-title">
          <h2 id="requests-title">{t('dashboard.openRequests')}</h2>
          {openRequests.length ? (
            <ul className="list compact">
              {openRequests.slice(0, 5).map((r) => (
                <li key={r.reference}>
                  <Link href={`/requests/${encodeURIComponent(r.reference)}`}>{inLang(lang, r.service.nameAr, r.service.nameEn)}</Link> <RequestStatusBadge status={r.status} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('dashboard.none')}</p>
          )}
          <Link href="/requests">{t('nav.requests')}</Link>
        </section>
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
          <p className="count">{unread === undefined ? '—' : formatNumber(unread, lang)}</p>
          <Link href="/notifications">{t('nav.notifications')}</Link>
        </section>
      </div>
    </div>
  );
}
