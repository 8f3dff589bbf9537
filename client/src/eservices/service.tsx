import { useRef, useState, type FormEvent } from 'react';
import {
  useMyDependentsQuery,
  useMyVehiclesQuery,
  useMyViolationsQuery,
  useServiceQuery,
  type ServiceCode,
  type ServiceQuery,
  type UserErrorFieldsFragment,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { inLang, useI18n } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { Link, navigate, usePathParam } from '../router';
import { useAccount, useSession } from '../session/session';
import { ErrorSummary, Field, focusFirstError, SelectField, splitErrors } from '../ui/forms';
import { useSubmitService, type FormValues } from './submit';

type Service = NonNullable<ServiceQuery['service']>;
type InputField = Service['inputs'][number];

const SERVICE_CODES: readonly ServiceCode[] = [
  'AUTHORIZE_DRIVER',
  'DISPUTE_VIOLATION',
  'EXIT_REENTRY_VISA',
  'FINAL_EXIT_VISA',
  'PAY_VIOLATIONS',
  'RENEW_DRIVING_LICENCE',
  'RENEW_IQAMA',
  'RENEW_NATIONAL_ID',
  'RENEW_PASSPORT',
  'RENEW_VEHICLE_REGISTRATION',
];
/** Labels for the inputs the services ask for, in the language on screen (the server's are in the account's). */
const inputLabels: Partial<Record<string, MessageKey>> = {
  years: 'input.years',
  months: 'input.months',
  entryType: 'input.entryType',
  plate: 'input.plate',
  violationNumbers: 'input.violationNumbers',
  violationNumber: 'input.violationNumber',
  reason: 'input.reason',
  driverNationalId: 'input.driverNationalId',
  until: 'input.until',
};

const asServiceCode = (s: string): ServiceCode | null => SERVICE_CODES.find((c) => c === s) ?? null;

/** Checkboxes for a list input (violations to pay). */
function CheckboxGroup({ field, options, value, onValue, errors }: { field: InputField; options: { value: string; label: string }[]; value: string[]; onValue(v: string[]): void; errors?: string[] }) {
  const { t } = useI18n();
  const errorId = `${field.name}-error`;
  return (
    <fieldset className={`field${errors?.length ? ' field-invalid' : ''}`} aria-describedby={errors?.length ? errorId : undefined}>
      <legend>{field.label}</legend>
      {options.length ? (
        options.map((o) => (
          <label key={o.value} className="choice">
            <input type="checkbox" name={field.name} value={o.value} checked={value.includes(o.value)} onChange={(e) => onValue(e.target.checked ? [...value, o.value] : value.filter((x) => x !== o.value))} />
            {o.label}
          </label>
        ))
      ) : (
        <p className="hint">{t('service.noneToChoose')}</p>
      )}
      {errors?.length ? (
        <p id={errorId} className="error-text">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

function ServiceForm({ service, beneficiary, setBeneficiary }: { service: Service; beneficiary: string; setBeneficiary(id: string): void }) {
  const { t, lang } = useI18n();
  const account = useAccount();
  const names = new Set(service.inputs.map((i) => i.name));
  const dependents = useMyDependentsQuery({ skip: !names.has('beneficiaryNationalId') }).data?.myDependents ?? [];
  const vehicles = useMyVehiclesQuery({ skip: !names.has('plate') }).data?.myVehicles ?? [];
  const violations = useMyViolationsQuery({ variables: { unpaidOnly: true }, skip: !names.has('violationNumbers') && !names.has('violationNumber'), fetchPolicy: 'network-only' }).data?.myViolations ?? [];
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const { submit, loading } = useSubmitService();
  const form = useRef<HTMLFormElement>(null);
  const set = (name: string) => (value: string | string[]) => setValues((v) => ({ ...v, [name]: value }));
  const str = (name: string) => {
    const v = values[name];
    return typeof v === 'string' ? v : '';
  };

  async function send(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      const result = await submit(service.code, { ...values, beneficiaryNationalId: beneficiary });
      if (result?.request) {
        navigate(`/requests/${encodeURIComponent(result.request.reference)}`);
        return;
      }
      setErrors(result?.errors ?? []);
    } catch {
      setFailure(t('app.error.network'));
    }
    requestAnimationFrame(() => focusFirstError(form.current));
  }

  const { byField, general } = splitErrors(errors, service.inputs.map((i) => i.name));
  const personName = (p: { fullNameAr: string; fullNameEn: string }) => (lang === 'ar' ? p.fullNameAr : p.fullNameEn);
  const violationLabel = (v: (typeof violations)[number]) => `${v.number} — ${formatDate(v.issuedOn, lang)} — ${v.amount.formatted}`;

  function input(field: InputField) {
    const labelKey = inputLabels[field.name];
    const label = labelKey ? t(labelKey) : field.label;
    const common = { key: field.name, name: field.name, label, errors: byField[field.name] };
    switch (field.name) {
      case 'beneficiaryNationalId': {
        const options = [
          ...(service.forSelf ? [{ value: account.person.nationalId, label: t('service.self', { name: personName(account.person) }) }] : []),
          ...(service.forDependents ? dependents.map((d) => ({ value: d.nationalId, label: t('service.dependent', { name: personName(d), id: d.nationalId }) })) : []),
        ];
        return <SelectField {...common} label={t('service.beneficiary')} value={beneficiary} onValue={setBeneficiary} placeholder={t('appointments.choose')} options={options} />;
      }
      case 'entryType':
        return (
          <SelectField
            {...common}
            value={str('entryType')}
            onValue={set('entryType')}
            placeholder={t('appointments.choose')}
            options={(['SINGLE', 'MULTIPLE'] as const).map((e) => ({ value: e, label: t(e === 'SINGLE' ? 'entry.SINGLE' : 'entry.MULTIPLE') }))}
          />
        );
      case 'plate':
        return <SelectField {...common} value={str('plate')} onValue={set('plate')} placeholder={t('appointments.choose')} options={vehicles.map((v) => ({ value: v.plate, label: `${v.plate} — ${v.make} ${v.model} ${v.year}` }))} />;
      case 'violationNumbers': {
        const chosen = values.violationNumbers;
        return (
          <CheckboxGroup
            key={field.name}
            field={{ ...field, label }}
            options={violations.filter((v) => !v.billed).map((v) => ({ value: v.number, label: violationLabel(v) }))}
            value={Array.isArray(chosen) ? chosen : []}
            onValue={set('violationNumbers')}
            errors={byField.violationNumbers}
          />
        );
      }
      case 'violationNumber':
        return <SelectField {...common} value={str('violationNumber')} onValue={set('violationNumber')} placeholder={t('appointments.choose')} options={violations.map((v) => ({ value: v.number, label: violationLabel(v) }))} />;
      case 'reason': {
        const errorId = byField.reason?.length ? 'reason-error' : undefined;
        return (
          <div key={field.name} className={`field${errorId ? ' field-invalid' : ''}`}>
            <label htmlFor="reason">{label}</label>
            <textarea id="reason" name="reason" value={str('reason')} onChange={(e) => set('reason')(e.target.value)} aria-invalid={errorId ? true : undefined} aria-describedby={errorId} />
            {errorId && (
              <p id={errorId} className="error-text">
                {byField.reason!.join(' ')}
              </p>
            )}
          </div>
        );
      }
      default: {
        const numeric = /^Int/.test(field.type);
        const date = /^LocalDate/.test(field.type);
        return (
          <Field
            {...common}
            value={str(field.name)}
            onValue={set(field.name)}
            required={field.required}
            type={date ? 'date' : 'text'}
            inputMode={numeric ? 'numeric' : undefined}
            className={numeric ? 'input-short' : undefined}
            dir="ltr"
          />
        );
      }
    }
  }

  return (
    <form ref={form} className="card form" onSubmit={send} noValidate aria-labelledby="form-title">
      <h2 id="form-title">{t('service.form')}</h2>
      <ErrorSummary messages={[...(failure ? [failure] : []), ...general]} />
      {service.inputs.map(input)}
      <button type="submit" className="button-primary" disabled={loading}>
        {loading ? t('form.sending') : t('service.submit')}
      </button>
    </form>
  );
}

/** One e-service: what it is, the fee, whether the person (or a dependent) may use it now, and its form. */
export default function ServicePage() {
  const { t, lang } = useI18n();
  const { state } = useSession();
  const signedIn = state.status === 'signedIn';
  const code = asServiceCode(usePathParam('/services/'));
  const [beneficiary, setBeneficiary] = useState('');
  const query = useServiceQuery({ variables: { code: code ?? 'RENEW_NATIONAL_ID', beneficiaryNationalId: beneficiary || null }, skip: !code, fetchPolicy: 'cache-and-network' });
  // Keep the page (and what was typed) while the eligibility for another beneficiary loads.
  const service = (query.data ?? query.previousData)?.service;
  if (!code || (query.data && !service)) {
    return (
      <div className="narrow card">
        <h1 id="page-title" tabIndex={-1}>
          {t('service.notFound')}
        </h1>
        <Link href="/services">{t('service.back')}</Link>
      </div>
    );
  }
  if (!service) return <p role="status">{t('app.loading')}</p>;
  const eligibility = service.eligibility;
  const needsBeneficiary = service.inputs.some((i) => i.name === 'beneficiaryNationalId');
  return (
    <div className="narrow">
      <p>
        <Link href="/services">{t('service.back')}</Link>
      </p>
      <h1 id="page-title" tabIndex={-1}>
        {inLang(lang, service.nameAr, service.nameEn)}
      </h1>
      <p>{inLang(lang, service.descriptionAr, service.descriptionEn)}</p>
      <p className="hint">
        {t('services.fee')}: {inLang(lang, service.feeDescriptionAr, service.feeDescriptionEn)}
      </p>
      <section className="card" aria-labelledby="eligibility-title" aria-live="polite">
        <h2 id="eligibility-title">{t('service.eligibility')}</h2>
        {!signedIn ? (
          <p>{t('service.logInForEligibility')}</p>
        ) : needsBeneficiary && !beneficiary && !service.forSelf ? null : eligibility ? (
          eligibility.eligible ? (
            <p className="alert alert-info" data-eligible="true">
              {t('service.eligible')} {eligibility.fee && t('service.feeNow', { amount: eligibility.fee.formatted })}
            </p>
          ) : (
            <div className="alert alert-warn" data-eligible="false">
              <p className="alert-title">{t('service.notEligible')}</p>
              <ul>
                {eligibility.reasons.map((r) => (
                  <li key={`${r.field}-${r.code}`}>{r.message}</li>
                ))}
              </ul>
            </div>
          )
        ) : null}
      </section>
      {signedIn ? (
        <ServiceForm key={service.code} service={service} beneficiary={beneficiary} setBeneficiary={setBeneficiary} />
      ) : (
        <p className="card">
          <Link href="/" className="button button-primary">
            {t('service.logInToApply')}
          </Link>
        </p>
      )}
    </div>
  );
}
