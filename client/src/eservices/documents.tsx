import { useDigitalIdQuery, useMyDocumentsQuery, type DocumentType } from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { useI18n, type Translate } from '../i18n/i18n';
import { formatDate, formatDateTime } from '../i18n/format';

export const documentTypeKeys: Record<DocumentType, MessageKey> = {
  NATIONAL_ID: 'documents.type.NATIONAL_ID',
  IQAMA: 'documents.type.IQAMA',
  PASSPORT: 'documents.type.PASSPORT',
  DRIVING_LICENCE: 'documents.type.DRIVING_LICENCE',
  EXIT_REENTRY_VISA: 'documents.type.EXIT_REENTRY_VISA',
  FINAL_EXIT_VISA: 'documents.type.FINAL_EXIT_VISA',
};

/**
 * Days to expiry, coloured: expired in red, within 90 days in amber. The count is the server's;
 * the colour is presentation only (the renewal rules are on the server).
 */
export function ExpiryNote({ days, t }: { days: number; t: Translate }) {
  const className = days < 0 ? 'expiry-past' : days <= 90 ? 'expiry-soon' : 'expiry-ok';
  return <span className={className}>{days < 0 ? t('documents.expired', { days: -days }) : t('documents.daysLeft', { days })}</span>;
}

function DigitalIdCard() {
  const { t, lang } = useI18n();
  const { data, refetch, loading } = useDigitalIdQuery({ fetchPolicy: 'network-only' });
  const id = data?.digitalId;
  return (
    <section className="card" aria-labelledby="digital-id-title">
      <h2 id="digital-id-title">{t('digitalId.title')}</h2>
      {id ? (
        <div className="digital-id">
          <img className="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(id.qrSvg)}`} alt={t('digitalId.qrAlt', { name: lang === 'ar' ? id.holder.fullNameAr : id.holder.fullNameEn })} />
          <div>
            <p>
              <strong>{lang === 'ar' ? id.holder.fullNameAr : id.holder.fullNameEn}</strong>
            </p>
            <p dir="ltr" className="masked-id">
              {id.holder.maskedNationalId}
            </p>
            <p className="hint">{t('digitalId.validUntil', { time: formatDateTime(id.expiresAt, lang) })}</p>
            <p className="hint">{t('digitalId.hint')}</p>
            <button type="button" className="button-secondary" onClick={() => void refetch()} disabled={loading}>
              {t('digitalId.refresh')}
            </button>
          </div>
        </div>
      ) : (
        <p>{loading ? t('app.loading') : t('digitalId.none')}</p>
      )}
    </section>
  );
}

export default function DocumentsPage() {
  const { t, lang } = useI18n();
  const docs = useMyDocumentsQuery({ fetchPolicy: 'cache-and-network' });
  const list = docs.data?.myDocuments ?? [];
  return (
    <div>
      <h1 id="page-title" tabIndex={-1}>
        {t('documents.title')}
      </h1>
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
                <th scope="col">{t('documents.expiresOn')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((d) => (
                <tr key={`${d.type}-${d.number}`}>
                  <td data-label={t('documents.title')}>{t(documentTypeKeys[d.type])}</td>
                  <td data-label={t('documents.number')} dir="ltr">{d.number}</td>
                  <td data-label={t('documents.holder')} dir="ltr">{d.nationalId}</td>
                  <td data-label={t('documents.expiresOn')}>
                    {formatDate(d.expiresOn, lang)}
                    <br />
                    <ExpiryNote days={d.daysToExpiry} t={t} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{docs.loading ? t('app.loading') : t('documents.none')}</p>
        )}
      </section>
    </div>
  );
}
