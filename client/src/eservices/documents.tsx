import { useState } from 'react';
import { useCancelExitReentryVisaMutation, useMyDocumentsQuery, type DocumentStatus, type DocumentType, type MyDocumentsQuery, type ServiceCode } from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { inLang, useI18n } from '../i18n/i18n';
import { formatDate, formatDuration, formatSar } from '../i18n/format';
import { Link } from '../router';
import { ErrorSummary, splitErrors, type UserErrorLike } from '../ui/forms';
import { PageHeading } from '../ui/page-heading';
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

/**
 * Cancelling an exit re-entry visa before use: a second, explicit step says what cannot be undone
 * and that the fee comes back; the server decides whether this account may (the one that paid).
 */
function CancelVisa({ visa, onCancelled }: { visa: WalletDocument; onCancelled(message: { number: string; amount: string; reference: string }): void }) {
  const { t, lang } = useI18n();
  const [asking, setAsking] = useState(false);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [cancel, cancelling] = useCancelExitReentryVisaMutation();
  const name = inLang(lang, visa.holder.firstNameAr, visa.holder.firstNameEn);
  async function confirm() {
    const { data } = await cancel({ variables: { input: { documentId: visa.id } } });
    const result = data?.cancelExitReentryVisa;
    setErrors(result?.errors ?? []);
    if (result?.request && !result.errors.length) {
      setAsking(false);
      onCancelled({ number: visa.number, amount: formatSar(result.request.bill?.amount.halalas ?? 0, lang), reference: result.request.reference });
    }
  }
  if (!asking) {
    return (
      <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
        {t('documents.cancelVisa', { name })}
      </button>
    );
  }
  return (
    <div role="group" aria-label={t('documents.cancelVisa', { name })}>
      <ErrorSummary items={splitErrors(errors, [], lang).summary} />
      <p>{t('documents.cancelVisaConfirm', { number: visa.number, name })}</p>
      <button type="button" className="button-danger" onClick={() => void confirm()} disabled={cancelling.loading}>
        {t('documents.cancelVisaYes')}
      </button>{' '}
      <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
        {t('documents.cancelVisaNo')}
      </button>
    </div>
  );
}

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
  const [cancelled, setCancelled] = useState<{ number: string; amount: string; reference: string } | null>(null);
  return (
    <div>
      <PageHeading>{t('documents.title')}</PageHeading>
      {cancelled && (
        <p role="status" className="card notice" data-visa-cancelled>
          {t('documents.visaCancelled', { number: cancelled.number, amount: cancelled.amount })}{' '}
          <Link href={`/requests/${cancelled.reference}`}>{t('documents.visaCancelledRequest', { reference: cancelled.reference })}</Link>
        </p>
      )}
      <DigitalIdCard />
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
                      {d.type === 'EXIT_REENTRY_VISA' && inForce(d.status) && (
                        <CancelVisa
                          visa={d}
                          onCancelled={(message) => {
                            setCancelled(message);
                            void docs.refetch();
                          }}
                        />
                      )}
                      {renewable && (
                        <Link href={serviceFor(renewable, d.holder)}>
                          {t('documents.renewFor', { document: t(documentTypeKeys[d.type]), name: inLang(lang, d.holder.firstNameAr, d.holder.firstNameEn) })}
                        </Link>
                      )}
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
