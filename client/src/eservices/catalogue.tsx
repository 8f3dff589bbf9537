import { useState, type FormEvent } from 'react';
import { useAppointmentServicesQuery, useServiceCategoriesQuery, useServicesQuery, type ServiceCategoryCode } from '../gql/graphql';
import { formatSar } from '../i18n/format';
import { inLang, useI18n } from '../i18n/i18n';
import { Link, useLocation } from '../router';
import { SelectField } from '../ui/forms';
import { PageHeading } from '../ui/page-heading';

/** Whether `text` contains `needle` in any case (the server's search, for the lists the client filters itself). */
const matches = (needle: string, ...texts: string[]) => !needle || texts.some((text) => text.toLowerCase().includes(needle.toLowerCase()));

/**
 * The catalogue by category, with a search over names and descriptions: the e-services submitted as
 * requests (searched by the server) and, in the Appointments category, the office visits people
 * book, each linking to the booking form with its service chosen.
 */
export default function ServicesPage() {
  const { t, lang } = useI18n();
  // Opening a visit, the page's data came with its code a moment ago (app.tsx, Route.data): asked
  // again at once it would only repeat itself. Later visits to the page ask the server (the default).
  const fetchPolicy = useLocation().visit === 0 ? 'cache-first' : undefined;
  const categories = useServiceCategoriesQuery({ fetchPolicy }).data?.serviceCategories.nodes ?? [];
  const [category, setCategory] = useState<ServiceCategoryCode | ''>('');
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const total = categories.reduce((n, c) => n + c.serviceCount, 0);
  function submit(event: FormEvent) {
    event.preventDefault();
    setSearch(text.trim());
  }
  return (
    <div>
      <PageHeading>{t('services.title')}</PageHeading>
      <form className="card form filters" role="search" onSubmit={submit}>
        <SelectField
          name="category"
          label={t('services.category')}
          value={category}
          onValue={(v) => setCategory(categories.find((c) => c.code === v)?.code ?? '')}
          placeholder={t('services.allCategories', { count: total })}
          options={categories.map((c) => ({ value: c.code, label: t('services.categoryOption', { name: inLang(lang, c.nameAr, c.nameEn), count: c.serviceCount }) }))}
        />
        <div className="field">
          <label htmlFor="service-search">{t('services.search')}</label>
          <div className="search-row">
            <input id="service-search" type="search" name="search" value={text} onChange={(e) => setText(e.target.value)} />
            <button type="submit" className="button-primary">
              {t('services.searchButton')}
            </button>
          </div>
        </div>
      </form>
      <ServiceList category={category} search={search} fetchPolicy={fetchPolicy} />
    </div>
  );
}

/**
 * The services and office visits of a category and search. A component of its own: the page's
 * queries are read in two steps rather than one, and taking over a drawn page can pause between them.
 */
function ServiceList({ category, search, fetchPolicy }: { category: ServiceCategoryCode | ''; search: string; fetchPolicy?: 'cache-first' }) {
  const { t, lang } = useI18n();
  const services = useServicesQuery({ variables: { category: category || null, search: search || null }, fetchPolicy });
  const showVisits = !category || category === 'APPOINTMENTS';
  const visits = useAppointmentServicesQuery({ skip: !showVisits, fetchPolicy });
  const list = services.data?.services.nodes ?? [];
  const visitList = showVisits ? (visits.data?.appointmentServices.nodes ?? []).filter((v) => matches(search, v.nameAr, v.nameEn, v.descriptionAr, v.descriptionEn)) : [];
  return (services.loading && !services.data) || (showVisits && visits.loading && !visits.data) ? (
    <p role="status" className="loading">
      {t('app.loading')}
    </p>
  ) : list.length || visitList.length ? (
    <ul className="cards" aria-live="polite">
      {list.map((s) => (
        <li key={s.code} className="card service-card">
          <h2 className="h3">
            <Link href={`/services/${s.code}`}>{inLang(lang, s.nameAr, s.nameEn)}</Link>
          </h2>
          <p>{inLang(lang, s.descriptionAr, s.descriptionEn)}</p>
          {s.feeFrom && (
            <p className="fee-from" data-fee-from={s.feeFrom.halalas}>
              {s.feeFrom.halalas === 0 ? t('services.free') : t('services.feeFrom', { amount: formatSar(s.feeFrom.halalas, lang) })}
            </p>
          )}
          <p className="hint">
            {t('services.fee')}: {inLang(lang, s.feeDescriptionAr, s.feeDescriptionEn)}
          </p>
        </li>
      ))}
      {visitList.map((v) => (
        <li key={v.code} className="card service-card" data-appointment-service={v.code}>
          <h2 className="h3">
            <Link href={`/appointments?service=${encodeURIComponent(v.code)}`}>{inLang(lang, v.nameAr, v.nameEn)}</Link>
          </h2>
          <p>{inLang(lang, v.descriptionAr, v.descriptionEn)}</p>
          <p className="hint">{t('services.byAppointment', { office: t(`services.office${v.category}`) })}</p>
        </li>
      ))}
    </ul>
  ) : (
    <p className="card" role="status">
      {t('services.none')}
    </p>
  );
}
