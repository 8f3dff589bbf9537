import { useMyDocumentsQuery, type DocumentType, type ServiceCode } from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { inLang, useI18n } from '../i18n/i18n';
import { formatDate, formatDuration } from '../i18n/format';
import { Link } from '../router';
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
  return (
    <div>
      <PageHeading>{t('documents.title')}</PageHeading>
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
                    <td data-label={t('documents.expiresOn')}>
                      {formatDate(d.expiresOn, lang)}
                      <br />
                      <ExpiryNote days={d.daysToExpiry} />
                    </td>
                    <td data-label={t('documents.actions')}>
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
