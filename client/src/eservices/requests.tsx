import { useState } from 'react';
import {
  MyBillsDocument,
  MyViolationsDocument,
  useCancelServiceRequestMutation,
  useMyRequestsQuery,
  usePayBillMutation,
  useRequestQuery,
  type BillFieldsFragment,
  type RequestFieldsFragment,
  type RequestStatus,
  type UserErrorFieldsFragment,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { inLang, useI18n } from '../i18n/i18n';
import { formatDate, formatDateTime } from '../i18n/format';
import { Link, usePathParam } from '../router';
import { ErrorSummary } from '../ui/forms';
import { documentTypeKeys } from './documents';

const statusKeys: Record<RequestStatus, MessageKey> = {
  SUBMITTED: 'requests.status.SUBMITTED',
  PENDING_PAYMENT: 'requests.status.PENDING_PAYMENT',
  COMPLETED: 'requests.status.COMPLETED',
  REJECTED: 'requests.status.REJECTED',
  CANCELLED: 'requests.status.CANCELLED',
};
const billStatusKeys: Record<BillFieldsFragment['status'], MessageKey> = { UNPAID: 'bills.status.UNPAID', PAID: 'bills.status.PAID', EXPIRED: 'bills.status.EXPIRED' };

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useI18n();
  return <span className={`status status-${status}`}>{t(statusKeys[status])}</span>;
}

/** A SADAD bill with its lines and, while unpaid, the development payment button. */
export function BillCard({ bill, onPaid, headingLevel = 2 }: { bill: BillFieldsFragment; onPaid?(): void; headingLevel?: 2 | 3 }) {
  const { t, lang } = useI18n();
  const [pay, { loading }] = usePayBillMutation({ refetchQueries: [MyBillsDocument, MyViolationsDocument] });
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  async function payNow() {
    setFailure(null);
    try {
      const { data } = await pay({ variables: { input: { billNumber: bill.number } } });
      setErrors(data?.payBill.errors ?? []);
      if (data?.payBill.bill) onPaid?.();
    } catch {
      setFailure(t('app.error.network'));
    }
  }
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card bill" aria-label={`${t('bills.number')} ${bill.number}`} data-bill={bill.number}>
      <Heading className="h3">
        {t('bills.number')}: <bdi dir="ltr">{bill.number}</bdi> <span className={`status status-${bill.status}`}>{t(billStatusKeys[bill.status])}</span>
      </Heading>
      <dl className="facts">
        <div>
          <dt>{t('bills.amount')}</dt>
          <dd>{bill.amount.formatted}</dd>
        </div>
        <div>
          <dt>{bill.paidAt ? t('bills.paidAt') : t('bills.dueAt')}</dt>
          <dd>{formatDateTime(bill.paidAt ?? bill.dueAt, lang)}</dd>
        </div>
        <div>
          <dt>{t('requests.reference')}</dt>
          <dd>
            <Link href={`/requests/${encodeURIComponent(bill.requestReference)}`}>
              <bdi dir="ltr">{bill.requestReference}</bdi>
            </Link>
          </dd>
        </div>
      </dl>
      <table>
        <caption className="visually-hidden">{t('bills.items')}</caption>
        <tbody>
          {bill.items.map((item, i) => (
            <tr key={`${item.code}-${i}`}>
              <td>{item.label}</td>
              <td>{item.amount.formatted}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorSummary messages={[...(failure ? [failure] : []), ...errors.map((e) => e.message)]} />
      {bill.status === 'UNPAID' && (
        <div className="actions">
          <button type="button" className="button-primary" onClick={() => void payNow()} disabled={loading}>
            {loading ? t('form.sending') : t('bills.pay')}
          </button>
          <p className="hint">{t('bills.payHint')}</p>
        </div>
      )}
    </section>
  );
}

function ResultFacts({ request }: { request: RequestFieldsFragment }) {
  const { t, lang } = useI18n();
  const r = request.result;
  if (!r) return null;
  const facts: [MessageKey, string][] = [];
  if (r.documentType) facts.push(['result.documentType', t(documentTypeKeys[r.documentType])]);
  if (r.documentNumber) facts.push(['result.documentNumber', r.documentNumber]);
  if (r.issuedOn) facts.push(['result.issuedOn', formatDate(r.issuedOn, lang)]);
  if (r.expiresOn) facts.push(['result.expiresOn', formatDate(r.expiresOn, lang)]);
  if (r.months) facts.push(['result.months', String(r.months)]);
  if (r.plate) facts.push(['result.plate', r.plate]);
  if (r.violationNumbers?.length) facts.push(['result.violations', r.violationNumbers.join('، ')]);
  return (
    <section className="card" aria-labelledby="result-title">
      <h2 id="result-title">{t('requests.result')}</h2>
      <dl className="facts">
        {facts.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function RequestPage() {
  const { t, lang } = useI18n();
  const reference = usePathParam('/requests/');
  const query = useRequestQuery({ variables: { reference }, fetchPolicy: 'cache-and-network' });
  const [cancel, cancelling] = useCancelServiceRequestMutation();
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const request = query.data?.request;
  if (query.loading && !query.data) return <p role="status">{t('app.loading')}</p>;
  if (!request) {
    return (
      <div className="narrow card">
        <h1 id="page-title" tabIndex={-1}>
          {t('requests.notFound')}
        </h1>
        <Link href="/requests">{t('requests.title')}</Link>
      </div>
    );
  }
  async function cancelIt() {
    const { data } = await cancel({ variables: { input: { reference } } });
    setErrors(data?.cancelServiceRequest.errors ?? []);
    await query.refetch();
  }
  const open = request.status === 'SUBMITTED' || request.status === 'PENDING_PAYMENT';
  return (
    <div className="narrow">
      <p>
        <Link href="/requests">{t('requests.title')}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1}>
        {inLang(lang, request.service.nameAr, request.service.nameEn)}
      </h1>
      <section className="card" aria-label={t('requests.reference')}>
        <dl className="facts">
          <div>
            <dt>{t('requests.reference')}</dt>
            <dd dir="ltr" data-reference>
              {request.reference}
            </dd>
          </div>
          <div>
            <dt>{t('requests.status')}</dt>
            <dd data-status={request.status}>
              <RequestStatusBadge status={request.status} />
            </dd>
          </div>
          <div>
            <dt>{t('requests.beneficiary')}</dt>
            <dd>{lang === 'ar' ? request.beneficiary.fullNameAr : request.beneficiary.fullNameEn}</dd>
          </div>
          <div>
            <dt>{t('requests.submittedAt')}</dt>
            <dd>{formatDateTime(request.submittedAt, lang)}</dd>
          </div>
        </dl>
      </section>
      <ErrorSummary messages={errors.map((e) => e.message)} />
      {request.bill && <BillCard bill={request.bill} onPaid={() => void query.refetch()} />}
      <ResultFacts request={request} />
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('requests.history')}</h2>
        <ol className="timeline">
          {request.statusHistory.map((s, i) => (
            <li key={`${s.status}-${i}`}>
              <RequestStatusBadge status={s.status} /> <span className="hint">{formatDateTime(s.at, lang)}</span>
              {s.reason && <p>{s.reason}</p>}
            </li>
          ))}
        </ol>
      </section>
      {open && (
        <button type="button" className="button-danger" onClick={() => void cancelIt()} disabled={cancelling.loading}>
          {t('requests.cancel')}
        </button>
      )}
    </div>
  );
}

export default function RequestsPage() {
  const { t, lang } = useI18n();
  const query = useMyRequestsQuery({ variables: { after: null, status: null }, fetchPolicy: 'cache-and-network' });
  const data = query.data?.myRequests;
  async function more() {
    if (!data?.pageInfo.endCursor) return;
    await query.fetchMore({
      variables: { after: data.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({ myRequests: { ...fetchMoreResult.myRequests, edges: [...previous.myRequests.edges, ...fetchMoreResult.myRequests.edges] } }),
    });
  }
  return (
    <div>
      <h1 id="page-title" tabIndex={-1}>
        {t('requests.title')}
      </h1>
      {query.loading && !data ? (
        <p role="status">{t('app.loading')}</p>
      ) : data?.edges.length ? (
        <div className="card table-wrap" tabIndex={0} role="region" aria-labelledby="page-title">
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('requests.reference')}</th>
                <th scope="col">{t('services.title')}</th>
                <th scope="col">{t('requests.beneficiary')}</th>
                <th scope="col">{t('requests.submittedAt')}</th>
                <th scope="col">{t('requests.status')}</th>
              </tr>
            </thead>
            <tbody>
              {data.edges.map(({ node: r }) => (
                <tr key={r.reference}>
                  <td data-label={t('requests.reference')}>
                    <Link href={`/requests/${encodeURIComponent(r.reference)}`}>
                      <bdi dir="ltr">{r.reference}</bdi>
                    </Link>
                  </td>
                  <td data-label={t('services.title')}>{inLang(lang, r.service.nameAr, r.service.nameEn)}</td>
                  <td data-label={t('requests.beneficiary')}>{lang === 'ar' ? r.beneficiary.fullNameAr : r.beneficiary.fullNameEn}</td>
                  <td data-label={t('requests.submittedAt')}>{formatDateTime(r.submittedAt, lang)}</td>
                  <td data-label={t('requests.status')}>
                    <RequestStatusBadge status={r.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="card">{t('requests.none')}</p>
      )}
      {data?.pageInfo.hasNextPage && (
        <button type="button" className="button-secondary" onClick={() => void more()}>
          {t('requests.more')}
        </button>
      )}
    </div>
  );
}
