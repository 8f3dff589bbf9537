import { useHouseholdQuery, useServicesQuery, type HouseholdPersonFragment, type ServiceCode } from '../gql/graphql';
import { inLang, useI18n } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { Link } from '../router';
import { PageHeading } from '../ui/page-heading';
import { relationLabel, serviceFor } from './service';

/** One dependent: name and relation, the facts, and what you may do for them (each link opens the form with them chosen). */
function PersonCard({ person, services }: { person: HouseholdPersonFragment; services: { code: ServiceCode; nameAr: string; nameEn: string }[] }) {
  const { t, lang } = useI18n();
  const firstName = inLang(lang, person.firstNameAr, person.firstNameEn);
  const actions = services.filter((s) => person.offeredServices?.includes(s.code));
  const headingId = `person-${person.id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  return (
    <li className="card" data-person={person.relationToYou ?? ''} data-relation={person.relation ?? ''}>
      <h3 id={headingId}>
        {inLang(lang, person.fullNameAr, person.fullNameEn)} <span className="badge">{relationLabel(person, t)}</span>
      </h3>
      <dl className="facts">
        <div>
          <dt>{t(person.kind === 'CITIZEN' ? 'dashboard.kind.CITIZEN' : 'dashboard.kind.RESIDENT')}</dt>
          <dd dir="ltr">{person.nationalId}</dd>
        </div>
        <div>
          <dt>{t('family.dateOfBirth')}</dt>
          <dd>{formatDate(person.dateOfBirth, lang)}</dd>
        </div>
      </dl>
      {actions.length > 0 && (
        <>
          <h4>{t('family.servicesFor', { name: firstName })}</h4>
          <ul className="actions-list">
            {actions.map((s) => (
              <li key={s.code}>
                <Link href={serviceFor(s.code, person)}>
                  {inLang(lang, s.nameAr, s.nameEn)}
                  <span className="visually-hidden"> — {firstName}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** Your dependents by name, family apart from sponsored workers (as Absher shows them), each with the services you may use for them. */
export default function FamilyPage() {
  const { t } = useI18n();
  const household = useHouseholdQuery({ fetchPolicy: 'cache-and-network' });
  const services = useServicesQuery({ variables: { category: null, search: null } }).data?.services.nodes ?? [];
  const list = household.data?.myDependents.nodes ?? [];
  const groups = [
    { key: 'family', title: t('family.members'), people: list.filter((p) => p.relationToYou !== 'WORKER') },
    { key: 'workers', title: t('family.workers'), people: list.filter((p) => p.relationToYou === 'WORKER') },
  ].filter((g) => g.people.length);
  return (
    <div>
      <PageHeading>{t('family.title')}</PageHeading>
      {groups.length ? (
        groups.map((g) => (
          <section key={g.key} aria-labelledby={`family-${g.key}-title`} data-group={g.key}>
            <h2 id={`family-${g.key}-title`}>{g.title}</h2>
            <ul className="cards">
              {g.people.map((p) => (
                <PersonCard key={p.id} person={p} services={services} />
              ))}
            </ul>
          </section>
        ))
      ) : (
        <p className="card">{household.loading ? t('app.loading') : t('family.none')}</p>
      )}
      <section className="card" aria-labelledby="family-authorisations-title">
        <h2 id="family-authorisations-title">{t('authorisations.title')}</h2>
        <p>{t('family.authorisations')}</p>
        <Link href="/authorisations">{t('family.authorisationsLink')}</Link>
      </section>
    </div>
  );
}
