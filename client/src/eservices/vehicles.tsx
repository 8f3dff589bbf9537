import { useMyVehiclesQuery, useMyViolationsQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { Link } from '../router';

export default function VehiclesPage() {
  const { t, lang } = useI18n();
  const vehicles = useMyVehiclesQuery({ fetchPolicy: 'cache-and-network' }).data?.myVehicles ?? [];
  const violationsQuery = useMyViolationsQuery({ variables: { unpaidOnly: false }, fetchPolicy: 'cache-and-network' });
  const violations = violationsQuery.data?.myViolations ?? [];
  const date = (d: string | null | undefined) => (d ? formatDate(d, lang) : '—');
  return (
    <div>
      <h1 id="page-title" tabIndex={-1}>
        {t('vehicles.title')}
      </h1>
      <section className="card" aria-labelledby="vehicles-title">
        <h2 id="vehicles-title">{t('vehicles.mine')}</h2>
        {vehicles.length ? (
          <ul className="list">
            {vehicles.map((v) => (
              <li key={v.plate} className="list-item">
                <h3>
                  <bdi dir="ltr">{v.plate}</bdi> — {v.make} {v.model} {v.year}
                </h3>
                <dl className="facts">
                  <div>
                    <dt>{t('vehicles.registration')}</dt>
                    <dd>{date(v.registrationExpiresOn)}</dd>
                  </div>
                  <div>
                    <dt>{t('vehicles.insurance')}</dt>
                    <dd>{date(v.insuranceExpiresOn)}</dd>
                  </div>
                  <div>
                    <dt>{t('vehicles.inspection')}</dt>
                    <dd>{date(v.inspectionExpiresOn)}</dd>
                  </div>
                  {v.authorizedDriverId && (
                    <div>
                      <dt>{t('vehicles.driver')}</dt>
                      <dd>{t('vehicles.driverUntil', { id: v.authorizedDriverId, date: date(v.authorizedUntil) })}</dd>
                    </div>
                  )}
                </dl>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('vehicles.none')}</p>
        )}
      </section>
      <section tabIndex={0} className="card table-wrap" aria-labelledby="violations-title">
        <h2 id="violations-title">{t('violations.title')}</h2>
        {violations.length ? (
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('violations.number')}</th>
                <th scope="col">{t('violations.date')}</th>
                <th scope="col">{t('vehicles.plate')}</th>
                <th scope="col">{t('violations.amount')}</th>
                <th scope="col">{t('violations.state')}</th>
              </tr>
            </thead>
            <tbody>
              {violations.map((v) => (
                <tr key={v.number} data-violation={v.number}>
                  <td data-label={t('violations.number')} dir="ltr">{v.number}</td>
                  <td data-label={t('violations.date')}>{formatDate(v.issuedOn, lang)}</td>
                  <td data-label={t('vehicles.plate')} dir="ltr">{v.plate ?? '—'}</td>
                  <td data-label={t('violations.amount')}>{v.amount.formatted}</td>
                  <td data-label={t('violations.state')}>
                    <span className={`status status-${v.paid ? 'PAID' : 'UNPAID'}`}>{t(v.paid ? 'violations.paid' : v.billed ? 'violations.billed' : v.disputeStatus === 'OPEN' ? 'violations.disputed' : 'violations.unpaid')}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('violations.none')}</p>
        )}
        <div className="actions">
          <Link href="/services/PAY_VIOLATIONS" className="button button-primary">
            {t('violations.pay')}
          </Link>
          <Link href="/services/DISPUTE_VIOLATION" className="button button-secondary">
            {t('violations.dispute')}
          </Link>
        </div>
      </section>
    </div>
  );
}
