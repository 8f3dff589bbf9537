import { useMyDependentsQuery, useServicesQuery } from '../gql/graphql';
import { inLang, useI18n } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { Link } from '../router';

export default function FamilyPage() {
  const { t, lang } = useI18n();
  const dependents = useMyDependentsQuery({ fetchPolicy: 'cache-and-network' });
  const familyServices = useServicesQuery({ variables: { category: 'FAMILY', search: null } }).data?.services ?? [];
  const list = dependents.data?.myDependents ?? [];
  return (
    <div>
      <h1 id="page-title" tabIndex={-1}>
        {t('family.title')}
      </h1>
      {list.length ? (
        <ul className="cards">
          {list.map((d) => (
            <li key={d.nationalId} className="card">
              <h2 className="h3">
                {lang === 'ar' ? d.fullNameAr : d.fullNameEn} <span className="badge">{t(d.kind === 'CITIZEN' ? 'dashboard.kind.CITIZEN' : 'dashboard.kind.RESIDENT')}</span>
              </h2>
              <dl className="facts">
                <div>
                  <dt>{t('dashboard.nationalId')}</dt>
                  <dd dir="ltr">{d.nationalId}</dd>
                </div>
                <div>
                  <dt>{t('family.dateOfBirth')}</dt>
                  <dd>{formatDate(d.dateOfBirth, lang)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      ) : (
        <p className="card">{dependents.loading ? t('app.loading') : t('family.none')}</p>
      )}
      {familyServices.length > 0 && (
        <section className="card" aria-labelledby="family-services-title">
          <h2 id="family-services-title">{t('family.services')}</h2>
          <ul>
            {familyServices.map((s) => (
              <li key={s.code}>
                <Link href={`/services/${s.code}`}>{inLang(lang, s.nameAr, s.nameEn)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
