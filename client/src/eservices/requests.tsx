import { useState } from 'react';
import {
  MyBillsDocument,
  MyViolationsDocument,
  UnreadCountDocument,
  useCancelServiceRequestMutation,
  useMeQuery,
  useMyRequestsQuery,
  usePayBillMutation,
  useRequestQuery,
  type BillFieldsFragment,
  type RequestFieldsFragment,
  type RequestStatus,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { inLang, useI18n } from '../i18n/i18n';
import { formatDate, formatDateTime, formatSar } from '../i18n/format';
import { presentServerMessage, presentServerText } from '../i18n/server-text';
import { Link, useLocation, usePathParam } from '../router';
import { ErrorSummary, splitErrors, type UserErrorLike } from '../ui/forms';
import { documentTypeKeys } from './documents';
import type { SubmittedState } from './service';
import { PageHeading } from '../ui/page-heading';

const statusKeys: Record<RequestStatus, MessageKey> = {
  SUBMITTED: 'requests.status.SUBMITTED',
  PENDING_PAYMENT: 'requests.status.PENDING_PAYMENT',
  COMPLETED: 'requests.status.COMPLETED',
  REJECTED: 'requests.status.REJECTED',
  CANCELLED: 'requests.status.CANCELLED',
  REFUSED: 'requests.status.REFUSED',
};
const billStatusKeys: Record<BillFieldsFragment['status'], MessageKey> = {
  UNPAID: 'bills.status.UNPAID',
  PAID: 'bills.status.PAID',
  EXPIRED: 'bills.status.EXPIRED',
  REFUNDED: 'bills.status.REFUNDED',
};
const disputeStatusKeys: Record<'OPEN' | 'UPHELD' | 'DISMISSED', MessageKey> = { OPEN: 'dispute.status.OPEN', UPHELD: 'dispute.status.UPHELD', DISMISSED: 'dispute.status.DISMISSED' };

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useI18n();
  return <span className={`status status-${status}`}>{t(statusKeys[status])}</span>;
}

/** A SADAD bill with its lines and, while unpaid, the development payment button. */
export function BillCard({ bill, onPaid, headingLevel = 2 }: { bill: BillFieldsFragment; onPaid?(): void; headingLevel?: 2 | 3 }) {
  const { t, lang } = useI18n();
  // A payment adds a notification (and may complete the request): the header's unread count follows.
  const [pay, { loading }] = usePayBillMutation({ refetchQueries: [MyBillsDocument, MyViolationsDocument, UnreadCountDocument] });
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  // A key, not a text: shown in the language on screen even after a switch.
  const [failure, setFailure] = useState<MessageKey | null>(null);
  async function payNow() {
    setFailure(null);
    try {
      const { data } = await pay({ variables: { input: { billNumber: bill.number } } });
      setErrors(data?.payBill.errors ?? []);
      if (data?.payBill.bill) onPaid?.();
    } catch {
      setFailure('app.error.network');
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
          <dd>{formatSar(bill.amount.halalas, lang)}</dd>
        </div>
        <div>
          <dt>{bill.paidAt ? t('bills.paidAt') : t('bills.dueAt')}</dt>
          <dd>{formatDateTime(bill.paidAt ?? bill.dueAt, lang)}</dd>
        </div>
        <div>
          <dt>{t(bill.link.startsWith('/requests/') ? 'requests.reference' : 'sales.reference')}</dt>
          <dd>
            <Link href={bill.link}>
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
              <td>{presentServerText(item.label, lang)}</td>
              <td>{formatSar(item.amount.halalas, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {bill.refund && (
        <p data-refund={bill.refund.status}>
          {bill.refund.status === 'COMPLETED' && bill.refund.completedAt
            ? t('bills.refundSent', { date: formatDateTime(bill.refund.completedAt, lang), reference: bill.refund.gatewayReference ?? '' })
            : t('bills.refundPending')}
        </p>
      )}
      <ErrorSummary items={splitErrors(errors, [], lang).summary} failure={failure && t(failure)} />
      {bill.status === 'PAID' && bill.link.startsWith('/requests/') && (
        <p className="no-print">
          <Link href={`/receipts/${encodeURIComponent(bill.requestReference)}`}>{t('receipt.open')}</Link>
        </p>
      )}
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
  if (r.violationNumbers?.length) facts.push(['result.violations', r.violationNumbers.join(lang === 'ar' ? '، ' : ', ')]);
  if (r.disputeStatus && r.disputeStatus !== 'NONE') facts.push(['result.dispute', t(disputeStatusKeys[r.disputeStatus])]);
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

/**
 * The confirmation page (GOV.UK pattern) a person lands on after submitting: the reference, big,
 * and what happens next for this request as it stands now (pay the bill, or nothing more to do).
 */
function Submitted({ request }: { request: RequestFieldsFragment }) {
  const { t, lang } = useI18n();
  const bill = request.bill;
  const next =
    request.status === 'PENDING_PAYMENT' && bill
      ? t('submitted.nextPay', { bill: bill.number, amount: formatSar(bill.amount.halalas, lang), due: formatDateTime(bill.dueAt, lang) })
      : request.status === 'COMPLETED'
        ? t('submitted.nextDone')
        : t('submitted.nextWait');
  return (
    <>
      <div className="panel-confirmation">
        <PageHeading>{t('submitted.title')}</PageHeading>
        <p>{inLang(lang, request.service.nameAr, request.service.nameEn)}</p>
        <p className="panel-reference">
          {t('submitted.reference')}
          <br />
          <strong dir="ltr" data-submitted-reference>
            {request.reference}
          </strong>
        </p>
      </div>
      <section className="card" aria-labelledby="next-title">
        <h2 id="next-title">{t('submitted.next')}</h2>
        <p data-next>{next}</p>
        <p className="hint">{t('submitted.keep')}</p>
      </section>
    </>
  );
}

export function RequestPage() {
  const { t, lang } = useI18n();
  const reference = usePathParam('/requests/');
  const submitted = (useLocation().state as Partial<SubmittedState> | null)?.submitted === true;
  const query = useRequestQuery({ variables: { reference }, fetchPolicy: 'cache-and-network' });
  const [cancel, cancelling] = useCancelServiceRequestMutation();
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const request = query.data?.request;
  if (query.loading && !query.data)
    return (
      <p role="status" className="loading">
        {t('app.loading')}
      </p>
    );
  if (!request) {
    return (
      <div className="narrow card">
        <PageHeading>{t('requests.notFound')}</PageHeading>
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
  const serviceName = inLang(lang, request.service.nameAr, request.service.nameEn);
  return (
    <div className="narrow">
      <p>
        <Link href="/requests">{t('requests.title')}</Link>
      </p>
      {submitted ? <Submitted request={request} /> : <PageHeading title={t('requests.pageTitle', { service: serviceName, reference: request.reference })}>{serviceName}</PageHeading>}
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
      <ErrorSummary items={splitErrors(errors, [], lang).summary} />
      {request.bill && <BillCard bill={request.bill} onPaid={() => void query.refetch()} />}
      <ResultFacts request={request} />
      {request.refusalReasons.length > 0 && (
        <section className="card" aria-labelledby="refused-title" data-refusal-reasons>
          <h2 id="refused-title">{t('requests.refusedBecause')}</h2>
          <ul>
            {request.refusalReasons.map((r) => (
              <li key={r.code}>{presentServerMessage(r, lang)}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title">{t('requests.history')}</h2>
        <ol className="timeline">
          {request.statusHistory.map((s, i) => (
            <li key={`${s.status}-${i}`}>
              <RequestStatusBadge status={s.status} /> <span className="hint">{formatDateTime(s.at, lang)}</span>
              {s.reason && <p>{presentServerMessage({ code: s.reasonCode, message: s.reason }, lang)}</p>}
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
      <PageHeading>{t('requests.title')}</PageHeading>
      {query.loading && !data ? (
        <p role="status" className="loading">
          {t('app.loading')}
        </p>
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

/**
 * The receipt of a paid request, as a page that prints on its own (styles.css has the print
 * stylesheet: no header, menu or buttons on paper).
 */
export function ReceiptPage() {
  const { t, lang } = useI18n();
  const reference = usePathParam('/receipts/');
  const query = useRequestQuery({ variables: { reference }, fetchPolicy: 'cache-and-network' });
  const me = useMeQuery().data?.me;
  const request = query.data?.request;
  if (query.loading && !query.data)
    return (
      <p role="status" className="loading">
        {t('app.loading')}
      </p>
    );
  const bill = request?.bill;
  if (!request || !bill || bill.status !== 'PAID' || !bill.paidAt) {
    return (
      <div className="narrow card">
        <PageHeading>{t('receipt.title')}</PageHeading>
        <p>{request ? t('receipt.notPaid') : t('requests.notFound')}</p>
        <Link href={request ? `/requests/${encodeURIComponent(reference)}` : '/requests'}>{request ? t('receipt.back') : t('requests.title')}</Link>
      </div>
    );
  }
  const name = (p: { fullNameAr: string; fullNameEn: string }) => inLang(lang, p.fullNameAr, p.fullNameEn);
  const facts: [MessageKey, string, boolean][] = [
    ['receipt.bill', bill.number, true],
    ['receipt.amount', formatSar(bill.amount.halalas, lang), false],
    ['receipt.paidAt', formatDateTime(bill.paidAt, lang), false],
    ['requests.reference', request.reference, true],
    ['review.service', inLang(lang, request.service.nameAr, request.service.nameEn), false],
    ['requests.beneficiary', name(request.beneficiary), false],
    ...(me ? [['receipt.payer', name(me.person), false] as [MessageKey, string, boolean]] : []),
  ];
  return (
    <article className="narrow card receipt" data-receipt={bill.number}>
      <p className="receipt-issuer">{t('receipt.issuer')}</p>
      <PageHeading>{t('receipt.title')}</PageHeading>
      <dl className="facts">
        {facts.map(([key, value, code]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd dir={code ? 'ltr' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      <table>
        <caption className="visually-hidden">{t('bills.items')}</caption>
        <tbody>
          {bill.items.map((item, i) => (
            <tr key={`${item.code}-${i}`}>
              <td>{presentServerText(item.label, lang)}</td>
              <td>{formatSar(item.amount.halalas, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions no-print">
        <button type="button" className="button-primary" onClick={() => window.print()}>
          {t('receipt.print')}
        </button>
        <Link href={`/requests/${encodeURIComponent(request.reference)}`}>{t('receipt.back')}</Link>
      </div>
    </article>
  );
}
