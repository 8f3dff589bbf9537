import { useState } from 'react';
import {
  MyViolationsDocument,
  UnreadCountDocument,
  useDecideDisputeMutation,
  useMyVehiclesQuery,
  useMyViolationsQuery,
  type DisputeOutcome,
  type MyViolationsQuery,
  type ViolationType,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { inLang, useI18n } from '../i18n/i18n';
import { formatDate, formatSar } from '../i18n/format';
import { Link } from '../router';
import { PageHeading } from '../ui/page-heading';
import { VehicleSalesSection } from '../vehicle-sales/sales';
import { ErrorSummary, splitErrors, type UserErrorLike } from '../ui/forms';

type ViolationRow = MyViolationsQuery['myViolations']['nodes'][number];

/** How a violation stands, in words: paid, cancelled by an upheld dispute, on a bill, disputed, or owed (again, after a dismissed dispute). */
function violationState(v: ViolationRow): { key: MessageKey; status: string } {
  if (v.paid) return { key: 'violations.paid', status: 'PAID' };
  if (v.disputeStatus === 'UPHELD') return { key: 'violations.cancelled', status: 'CANCELLED' };
  if (v.billed) return { key: 'violations.billed', status: 'UNPAID' };
  if (v.disputeStatus === 'OPEN') return { key: 'violations.disputed', status: 'UNPAID' };
  if (v.disputeStatus === 'DISMISSED') return { key: 'violations.dismissed', status: 'UNPAID' };
  return { key: 'violations.unpaid', status: 'UNPAID' };
}

/** The development stand-in for the traffic department's decision, shown only where the server allows it. */
function DevDecision({ violationNumber }: { violationNumber: string }) {
  const { t, lang } = useI18n();
  // A decision adds a notification and changes what is owed: the list and the unread count follow.
  const [decide, { loading }] = useDecideDisputeMutation({ refetchQueries: [MyViolationsDocument, UnreadCountDocument] });
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  async function decideAs(outcome: DisputeOutcome) {
    setFailure(null);
    try {
      const { data } = await decide({ variables: { input: { violationNumber, outcome } } });
      setErrors(data?.decideDispute.errors ?? []);
    } catch {
      setFailure('app.error.network');
    }
  }
  return (
    <div className="dev-decision">
      <ErrorSummary items={splitErrors(errors, [], lang).summary} failure={failure && t(failure)} />
      <button type="button" className="button-secondary" disabled={loading} onClick={() => void decideAs('UPHELD')}>
        {t('violations.uphold')}
        <span className="visually-hidden"> {violationNumber}</span>
      </button>
      <button type="button" className="button-secondary" disabled={loading} onClick={() => void decideAs('DISMISSED')}>
        {t('violations.dismiss')}
        <span className="visually-hidden"> {violationNumber}</span>
      </button>
    </div>
  );
}

const VIOLATION_TYPES = {
  SPEEDING: 'violations.type.SPEEDING',
  RED_LIGHT: 'violations.type.RED_LIGHT',
  MOBILE_PHONE: 'violations.type.MOBILE_PHONE',
  NO_SEATBELT: 'violations.type.NO_SEATBELT',
  PARKING: 'violations.type.PARKING',
  EXPIRED_REGISTRATION: 'violations.type.EXPIRED_REGISTRATION',
  OTHER: 'violations.type.OTHER',
} as const satisfies Record<ViolationType, string>;

/**
 * A plate as on the car: its Latin half and, for a Saudi plate, its Arabic half, in either language
 * (people read whichever the plate in front of them shows). The Arabic half keeps its Arabic-Indic
 * digits, as printed: the one exception to the Latin-digit policy.
 */
export function Plate({ plate, plateAr }: { plate: string; plateAr?: string | null }) {
  return (
    <span className="plate">
      {plateAr && (
        <span className="plate-ar" lang="ar" dir="rtl">
          {plateAr}
        </span>
      )}
      <bdi className="plate-latin" dir="ltr">
        {plate}
      </bdi>
    </span>
  );
}

export default function VehiclesPage() {
  const { t, lang } = useI18n();
  const vehicles = useMyVehiclesQuery({ fetchPolicy: 'cache-and-network' }).data?.myVehicles.nodes ?? [];
  const violationsQuery = useMyViolationsQuery({ variables: { unpaidOnly: false }, fetchPolicy: 'cache-and-network' });
  const violations = violationsQuery.data?.myViolations.nodes ?? [];
  const date = (d: string | null | undefined) => (d ? formatDate(d, lang) : '—');
  return (
    <div>
      <PageHeading>{t('vehicles.title')}</PageHeading>
      <section className="card" aria-labelledby="vehicles-title">
        <h2 id="vehicles-title">{t('vehicles.mine')}</h2>
        {vehicles.length ? (
          <ul className="list">
            {vehicles.map((v) => (
              <li key={v.plate} className="list-item">
                <h3>
                  <Plate plate={v.plate} plateAr={v.plateAr} /> — {v.make} {v.model} {v.year}{' '}
                  {v.status === 'REPORTED' && (
                    <span className="status status-CANCELLED" data-vehicle-status="REPORTED">
                      {t('vehicles.reported')}
                    </span>
                  )}
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
                      <dd>
                        {t('vehicles.driverUntil', { id: v.authorizedDriverId, date: date(v.authorizedUntil) })} <Link href="/authorisations">{t('vehicles.driverManage')}</Link>
                      </dd>
                    </div>
                  )}
                </dl>
                <Link href={`/vehicles/sell/${encodeURIComponent(v.plate)}`} className="button button-secondary">
                  {t('vehicles.sell')}
                  <span className="visually-hidden"> {v.plate}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('vehicles.none')}</p>
        )}
      </section>
      <VehicleSalesSection />
      <section tabIndex={0} className="card table-wrap" aria-labelledby="violations-title">
        <h2 id="violations-title">{t('violations.title')}</h2>
        {violations.length ? (
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('violations.number')}</th>
                <th scope="col">{t('violations.date')}</th>
                <th scope="col">{t('violations.type')}</th>
                <th scope="col">{t('violations.place')}</th>
                <th scope="col">{t('vehicles.plate')}</th>
                <th scope="col">{t('violations.amount')}</th>
                <th scope="col">{t('violations.state')}</th>
              </tr>
            </thead>
            <tbody>
              {violations.map((v) => (
                <tr key={v.number} data-violation={v.number}>
                  <td data-label={t('violations.number')} dir="ltr">
                    {v.number}
                  </td>
                  <td data-label={t('violations.date')}>{formatDate(v.issuedOn, lang)}</td>
                  <td data-label={t('violations.type')} data-type={v.type ?? ''}>
                    {v.type ? t(VIOLATION_TYPES[v.type]) : '—'}
                  </td>
                  <td data-label={t('violations.place')}>{v.placeAr && v.placeEn ? inLang(lang, v.placeAr, v.placeEn) : '—'}</td>
                  <td data-label={t('vehicles.plate')}>{v.plate ? <Plate plate={v.plate} plateAr={v.plateAr} /> : '—'}</td>
                  <td data-label={t('violations.amount')}>{formatSar(v.amount.halalas, lang)}</td>
                  <td data-label={t('violations.state')}>
                    <div>
                      <span className={`status status-${violationState(v).status}`}>{t(violationState(v).key)}</span>
                      {v.decidableInDevelopment && <DevDecision violationNumber={v.number} />}
                    </div>
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
