import type { DigitalIdQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../i18n/format';

type Holder = NonNullable<DigitalIdQuery['digitalId']>['holder'];

/** The holder's side of the digital ID card (photo and particulars): the same for the live code and the offline copy. */
export function IdCardHolder({ holder, photo }: { holder: Holder; photo: string | null | undefined }) {
  const { t, lang } = useI18n();
  const name = lang === 'ar' ? holder.fullNameAr : holder.fullNameEn;
  return (
    <div className="id-card-holder">
      {photo ? <img className="id-photo" src={photo} alt={t('digitalId.photoAlt', { name })} width={96} height={120} /> : <p className="id-photo id-photo-none">{t('digitalId.noPhoto')}</p>}
      <div className="id-card-facts">
        <p className="id-card-name">{name}</p>
        <dl>
          <div>
            <dt>{t('digitalId.idNumber')}</dt>
            <dd dir="ltr" className="masked-id">
              {holder.maskedNationalId}
            </dd>
          </div>
          <div>
            <dt>{t('family.dateOfBirth')}</dt>
            <dd>{formatDate(holder.dateOfBirth, lang)}</dd>
          </div>
          <div>
            <dt>{t(holder.kind === 'CITIZEN' ? 'dashboard.kind.CITIZEN' : 'dashboard.kind.RESIDENT')}</dt>
            <dd>{holder.documentExpiresOn ? t('digitalId.documentUntil', { date: formatDate(holder.documentExpiresOn, lang) }) : '—'}</dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
