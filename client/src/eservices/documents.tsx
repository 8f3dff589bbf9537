import { useState } from 'react';
import {
  useCancelExitReentryVisaMutation,
  useMyDocumentsQuery,
  useReportDocumentLostMutation,
  type DocumentStatus,
  type DocumentType,
  type LossCircumstance,
  type MyDocumentsQuery,
  type ServiceCode,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { inLang, useI18n } from '../i18n/i18n';
import { formatDate, formatDuration, formatSar } from '../i18n/format';
import { Link } from '../router';
import { PageHeading } from '../ui/page-heading';
import { RadioGroup } from '../ui/forms';
import { TwoStepAction } from '../ui/two-step-action';
import { DigitalIdCard } from './digital-id-card';
import { personWithRelation, serviceFor } from './service';

export const documentTypeKeys: Record<DocumentType, MessageKey> = {
  NATIONAL_ID: 'documents.type.NATIONAL_ID',
  IQAMA: 'documents.type.IQAMA',
  PASSPORT: 'documents.type.PASSPORT',
  DRIVING_LICENCE: 'documents.type.DRIVING_LICENCE',
  EXIT_REENTRY_VISA: 'documents.type.EXIT_REENTRY_VISA',
  FINAL_EXIT_VISA: 'documents.type.FINAL_EXIT_VISA',
};

const statusKeys: Record<DocumentStatus, MessageKey> = {
  VALID: 'documents.status.VALID',
  EXPIRING: 'documents.status.EXPIRING',
  EXPIRED: 'documents.status.EXPIRED',
  LOST: 'documents.status.LOST',
  REPLACED: 'documents.status.REPLACED',
  CANCELLED: 'documents.status.CANCELLED',
};

export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  const { t } = useI18n();
  return (
    <span className={`status status-${status}`} data-document-status={status}>
      {t(statusKeys[status])}
    </span>
  );
}

/** Whether a document is in force (what the server's status says; the rules stay there). */
const inForce = (status: DocumentStatus) => status === 'VALID' || status === 'EXPIRING';

type WalletDocument = MyDocumentsQuery['myDocuments']['nodes'][number];

/** What the page says once a document's life changed: a visa cancelled (its fee coming back), a card reported lost. */
type LifeNotice = { kind: 'visaCancelled'; number: string; amount: string; reference: string } | { kind: 'reportedLost'; number: string; document: string };

/**
 * Cancelling an exit re-entry visa before use: the second step says what cannot be undone and that
 * the fee comes back; the server decides whether this account may (the one that paid).
 */
function CancelVisa({ visa, onDone }: { visa: WalletDocument; onDone(notice: LifeNotice): void }) {
  const { t, lang } = useI18n();
  const [cancel, cancelling] = useCancelExitReentryVisaMutation();
  const name = inLang(lang, visa.holder.firstNameAr, visa.holder.firstNameEn);
  return (
    <TwoStepAction
      label={t('documents.cancelVisa', { name })}
      question={t('documents.cancelVisaConfirm', { number: visa.number, name })}
      yes={t('documents.cancelVisaYes')}
      no={t('documents.cancelVisaNo')}
      busy={cancelling.loading}
      run={async () => {
        const result = (await cancel({ variables: { input: { documentId: visa.id } } })).data?.cancelExitReentryVisa;
        if (result?.request && !result.errors.length) {
          onDone({ kind: 'visaCancelled', number: visa.number, amount: formatSar(result.request.bill?.amount.halalas ?? 0, lang), reference: result.request.reference });
        }
        return result?.errors ?? [];
      }}
    />
  );
}

/** Reporting a card lost or stolen: it stops proving anything at once, so the second step says so. */
function ReportLost({ document, onDone }: { document: WalletDocument; onDone(notice: LifeNotice): void }) {
  const { t, lang } = useI18n();
  const [report, reporting] = useReportDocumentLostMutation();
  const [circumstance, setCircumstance] = useState<LossCircumstance>('LOST');
  const name = inLang(lang, document.holder.firstNameAr, document.holder.firstNameEn);
  const kind = t(documentTypeKeys[document.type]);
  return (
    <TwoStepAction
      label={t('documents.reportLost', { document: kind, name })}
      question={t('documents.reportLostConfirm', { document: kind, number: document.number, name })}
      yes={t('documents.reportLostYes')}
      no={t('documents.reportLostNo')}
      busy={reporting.loading}
      run={async () => {
        const result = (await report({ variables: { input: { documentId: document.id, circumstance } } })).data?.reportDocumentLost;
        if (result?.document && !result.errors.length) onDone({ kind: 'reportedLost', number: document.number, document: kind });
        return result?.errors ?? [];
      }}
    >
      <RadioGroup
        name={`circumstance-${document.id}`}
        legend={t('documents.lossCircumstance')}
        options={(['LOST', 'STOLEN'] as const).map((value) => ({ value, label: t(`documents.loss.${value}`) }))}
        value={circumstance}
        onValue={(value) => setCircumstance(value as LossCircumstance)}
      />
    </TwoStepAction>
  );
}

/** The documents a person reports lost (visas are cancelled instead). */
const reportable = new Set<DocumentType>(['NATIONAL_ID', 'IQAMA', 'PASSPORT', 'DRIVING_LICENCE']);

/** The service that renews a document of each type (visas are issued anew, not renewed). */
const renewalOf: Partial<Record<DocumentType, ServiceCode>> = {
  NATIONAL_ID: 'RENEW_NATIONAL_ID',
  IQAMA: 'RENEW_IQAMA',
  PASSPORT: 'RENEW_PASSPORT',
  DRIVING_LICENCE: 'RENEW_DRIVING_LICENCE',
};

/**
 * Time to expiry as a person says it ("45 days left", "about 8 years left"), coloured: expired in
 * red, within 90 days in amber. The count of days is the server's; the wording and the colour are
 * presentation only (the renewal rules are on the server).
 */
export function ExpiryNote({ days }: { days: number }) {
  const { t, lang } = useI18n();
  const className = days < 0 ? 'expiry-past' : days <= 90 ? 'expiry-soon' : 'expiry-ok';
  const { text: duration, approximate } = formatDuration(days, lang);
  const key: MessageKey = days === 0 ? 'documents.today' : days < 0 ? (approximate ? 'documents.expiredAbout' : 'documents.expired') : approximate ? 'documents.leftAbout' : 'documents.left';
  return (
    <span className={className} data-days={days}>
      {t(key, { duration })}
    </span>
  );
}

export default function DocumentsPage() {
  const { t, lang } = useI18n();
  const docs = useMyDocumentsQuery({ fetchPolicy: 'cache-and-network' });
  const list = docs.data?.myDocuments.nodes ?? [];
  const [notice, setNotice] = useState<LifeNotice | null>(null);
  const done = (next: LifeNotice) => {
    setNotice(next);
    void docs.refetch();
  };
  return (
    <div>
      <PageHeading>{t('documents.title')}</PageHeading>
      {notice?.kind === 'visaCancelled' && (
        <p role="status" className="card notice" data-visa-cancelled>
          {t('documents.visaCancelled', { number: notice.number, amount: notice.amount })}{' '}
          <Link href={`/requests/${notice.reference}`}>{t('documents.visaCancelledRequest', { reference: notice.reference })}</Link>
        </p>
      )}
      {notice?.kind === 'reportedLost' && (
        <p role="status" className="card notice" data-reported-lost>
          {t('documents.reportedLost', { document: notice.document, number: notice.number })}
        </p>
      )}
      <DigitalIdCard />
      <p className="card wallet-link">
        <Link href="/wallet">{t('wallet.open')}</Link> — {t('wallet.openHint')}
      </p>
      <section tabIndex={0} className="card table-wrap" aria-labelledby="documents-list-title">
        <h2 id="documents-list-title">{t('dashboard.documents')}</h2>
        {list.length ? (
          <table className="stack">
            <thead>
              <tr>
                <th scope="col">{t('documents.title')}</th>
                <th scope="col">{t('documents.number')}</th>
                <th scope="col">{t('documents.holder')}</th>
                <th scope="col">{t('documents.status')}</th>
                <th scope="col">{t('documents.expiresOn')}</th>
                <th scope="col">{t('documents.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((d) => {
                const renewal = renewalOf[d.type];
                const renewable = renewal && d.holder.offeredServices?.includes(renewal) ? renewal : null;
                return (
                  <tr key={`${d.type}-${d.number}`}>
                    <td data-label={t('documents.title')}>{t(documentTypeKeys[d.type])}</td>
                    <td data-label={t('documents.number')} dir="ltr">
                      {d.number}
                    </td>
                    <td data-label={t('documents.holder')}>{personWithRelation(d.holder, lang, t)}</td>
                    <td data-label={t('documents.status')}>
                      <DocumentStatusBadge status={d.status} />
                    </td>
                    <td data-label={t('documents.expiresOn')}>
                      {formatDate(d.expiresOn, lang)}
                      {/* A lost, replaced or cancelled document is not counting down to anything. */}
                      {(inForce(d.status) || d.status === 'EXPIRED') && (
                        <>
                          <br />
                          <ExpiryNote days={d.daysToExpiry} />
                        </>
                      )}
                    </td>
                    <td data-label={t('documents.actions')}>
                      <div className="cell-actions">
                        {d.type === 'EXIT_REENTRY_VISA' && inForce(d.status) && <CancelVisa visa={d} onDone={done} />}
                        {reportable.has(d.type) && (inForce(d.status) || d.status === 'EXPIRED') && <ReportLost document={d} onDone={done} />}
                        {d.type === 'EXIT_REENTRY_VISA' && inForce(d.status) && d.holder.offeredServices?.includes('EXTEND_EXIT_REENTRY_VISA') && (
                          <Link href={serviceFor('EXTEND_EXIT_REENTRY_VISA', d.holder)}>{t('documents.extendFor', { name: inLang(lang, d.holder.firstNameAr, d.holder.firstNameEn) })}</Link>
                        )}
                        {reportable.has(d.type) && d.status === 'LOST' && d.holder.offeredServices?.includes('REPLACE_DOCUMENT') && (
                          <Link href={serviceFor('REPLACE_DOCUMENT', d.holder, { documentType: d.type, cause: 'LOST' })}>
                            {t('documents.replaceFor', { document: t(documentTypeKeys[d.type]), name: inLang(lang, d.holder.firstNameAr, d.holder.firstNameEn) })}
                          </Link>
                        )}
                        {renewable && (
                          <Link href={serviceFor(renewable, d.holder)}>
                            {t('documents.renewFor', { document: t(documentTypeKeys[d.type]), name: inLang(lang, d.holder.firstNameAr, d.holder.firstNameEn) })}
                          </Link>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p>{docs.loading ? t('app.loading') : t('documents.none')}</p>
        )}
      </section>
    </div>
  );
}
