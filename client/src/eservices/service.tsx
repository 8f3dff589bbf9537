import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  useHouseholdQuery,
  useMyAuthorisationsQuery,
  useMyVehiclesQuery,
  useMyViolationsQuery,
  useServiceQuery,
  type DocumentType,
  type EntryType,
  type ReplacementCause,
  type HouseholdPersonFragment,
  type Gender,
  type RelationKind,
  type RelationToYou,
  type ServiceCode,
  type ServiceQuery,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { inLang, useI18n, type Lang } from '../i18n/i18n';
import { formatDate, formatSar, latinDigits } from '../i18n/format';
import { presentServerMessage } from '../i18n/server-text';
import { Link, navigate, usePathParam } from '../router';
import { useSession } from '../session/session';
import { CheckboxGroup, ErrorSummary, Field, type FieldErrorLike, Form, RadioGroup, SelectField, splitErrors, useFieldId, useFocusOnRefusal } from '../ui/forms';
import { PageHeading } from '../ui/page-heading';
import { useSubmitService, type FormValues } from './submit';

type Service = NonNullable<ServiceQuery['service']>;
type InputField = Service['inputs'][number];

const SERVICE_CODES: readonly ServiceCode[] = [
  'AUTHORIZE_DRIVER',
  'DISPUTE_VIOLATION',
  'EXIT_REENTRY_VISA',
  'EXTEND_EXIT_REENTRY_VISA',
  'FINAL_EXIT_VISA',
  'PAY_VIOLATIONS',
  'RENEW_DRIVING_LICENCE',
  'RENEW_IQAMA',
  'RENEW_NATIONAL_ID',
  'RENEW_PASSPORT',
  'RENEW_VEHICLE_REGISTRATION',
  'REPLACE_DOCUMENT',
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

export const relationKeys: Record<RelationToYou, MessageKey> = { SELF: 'relation.SELF', FAMILY: 'relation.FAMILY', WORKER: 'relation.WORKER' };

/** The recorded relation's words, by the person's gender where the language has two (wife / husband, عامل / عاملة). */
const relationKindKeys: Record<RelationKind, Record<Gender, MessageKey>> = {
  SPOUSE: { MALE: 'relation.kind.SPOUSE.M', FEMALE: 'relation.kind.SPOUSE.F' },
  SON: { MALE: 'relation.kind.SON', FEMALE: 'relation.kind.SON' },
  DAUGHTER: { MALE: 'relation.kind.DAUGHTER', FEMALE: 'relation.kind.DAUGHTER' },
  FATHER: { MALE: 'relation.kind.FATHER', FEMALE: 'relation.kind.FATHER' },
  MOTHER: { MALE: 'relation.kind.MOTHER', FEMALE: 'relation.kind.MOTHER' },
  DOMESTIC_WORKER: { MALE: 'relation.kind.DOMESTIC_WORKER.M', FEMALE: 'relation.kind.DOMESTIC_WORKER.F' },
  SPONSORED_WORKER: { MALE: 'relation.kind.SPONSORED_WORKER.M', FEMALE: 'relation.kind.SPONSORED_WORKER.F' },
};

type RelatedPerson = { relation?: RelationKind | null; gender?: Gender | null; relationToYou?: RelationToYou | null };

/** How a person stands to you in words: "daughter", "domestic worker" when the registry records it, else "family member" / "sponsored worker"; '' for anyone else. */
export function relationLabel(person: RelatedPerson, t: (key: MessageKey) => string): string {
  if (person.relation) return t(relationKindKeys[person.relation][person.gender ?? 'MALE']);
  return person.relationToYou ? t(relationKeys[person.relationToYou]) : '';
}

/** "Sara Mohammed Abdullah Alqahtani — daughter": a person as the portal names them to you. */
export function personWithRelation(person: { fullNameAr: string; fullNameEn: string } & RelatedPerson, lang: Lang, t: (key: MessageKey, params?: Record<string, string>) => string): string {
  const name = inLang(lang, person.fullNameAr, person.fullNameEn);
  const relation = relationLabel(person, t);
  return relation ? t('person.withRelation', { name, relation }) : name;
}

/** The link to a service's form with the person it is for already chosen (by their opaque ID, never the national ID). */
export const serviceFor = (code: ServiceCode, person: { id: string }, choices: Record<string, string> = {}) => `/services/${code}?${new URLSearchParams({ for: person.id, ...choices }).toString()}`;

/** An allowed value's label in the language on screen. */
const allowedLabel = (v: { labelAr: string; labelEn: string }, lang: Lang) => inLang(lang, v.labelAr, v.labelEn);

/** A whole number typed or chosen, or null (the server then assumes its default). */
const wholeNumber = (v: string | string[] | undefined) => (typeof v === 'string' && /^\d{1,4}$/.test(latinDigits(v)) ? Number(latinDigits(v)) : null);

/** Checkboxes for a list input (violations to pay). */
/** A free-text answer (the reason for a dispute). */
function TextArea({ name, label, value, onValue, errors }: { name: string; label: string; value: string; onValue(v: string): void; errors?: string[] }) {
  const id = useFieldId(name);
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`field${errorId ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} name={name} value={value} onChange={(e) => onValue(e.target.value)} aria-invalid={errorId ? true : undefined} aria-describedby={errorId} />
      {errorId && (
        <p id={errorId} className="error-text">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}

/** One answer of the form as "check your answers" lists it: the question, what was chosen, the field to go back to. */
interface Answer {
  field: string;
  label: string;
  value: string;
}

/**
 * "Check your answers" (GOV.UK) before a request that issues a bill: what will be asked for, for
 * whom, and the fee the server gave for it, with a way back to each answer. Nothing is sent until
 * the person confirms.
 */
function ReviewAnswers({
  service,
  answers,
  fee,
  loading,
  onChange,
  onConfirm,
}: {
  service: Service;
  answers: Answer[];
  fee: string | null;
  loading: boolean;
  onChange(field?: string): void;
  onConfirm(): void;
}) {
  const { t, lang } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form it replaces had the focus: the review takes it, so a screen reader reads it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card review" aria-labelledby="review-title">
      <h2 id="review-title" ref={heading} tabIndex={-1}>
        {t('review.title')}
      </h2>
      <dl className="summary-list">
        <div>
          <dt>{t('review.service')}</dt>
          <dd>{inLang(lang, service.nameAr, service.nameEn)}</dd>
          <dd />
        </div>
        {answers.map((a) => (
          <div key={a.field} data-answer={a.field}>
            <dt>{a.label}</dt>
            <dd>{a.value}</dd>
            <dd>
              <button type="button" className="button-link-plain" onClick={() => onChange(a.field)}>
                {t('review.change')}
                <span className="visually-hidden"> {a.label}</span>
              </button>
            </dd>
          </div>
        ))}
        <div className="summary-fee" data-fee>
          <dt>{t('review.fee')}</dt>
          <dd>
            {fee ?? (
              <>
                {inLang(lang, service.feeDescriptionAr, service.feeDescriptionEn)}
                <span className="hint review-fee-hint">{t('review.feeOnBill')}</span>
              </>
            )}
          </dd>
          <dd />
        </div>
      </dl>
      <h3>{t('review.next')}</h3>
      <p>{t('review.nextBill')}</p>
      <div className="actions">
        <button type="button" className="button-primary" onClick={onConfirm} disabled={loading}>
          {loading ? t('form.sending') : t('review.confirm')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onChange()}>
          {t('review.back')}
        </button>
      </div>
    </section>
  );
}

/** What the request page shows when a person arrives from submitting it (history state, so a reload keeps it). */
export interface SubmittedState {
  submitted: true;
}

function ServiceForm({
  service,
  people,
  beneficiary,
  setBeneficiary,
  values,
  setValues,
  feeCurrent,
  actingFor,
}: {
  service: Service;
  /** The grantor the caller acts for (an authorisation of theirs in force), or null for oneself. */
  actingFor: { nationalId: string; name: string } | null;
  /** Whom this service may be for, as the server says (`Person.offeredServices`). */
  people: HouseholdPersonFragment[];
  beneficiary: string;
  setBeneficiary(id: string): void;
  values: FormValues;
  setValues(update: (v: FormValues) => FormValues): void;
  /** Whether the eligibility on screen is for the current answers (not the previous ones, still loading). */
  feeCurrent: boolean;
}) {
  const { t, lang } = useI18n();
  const names = new Set(service.inputs.map((i) => i.name));
  // Acting for someone, their vehicles and violations are not the caller's to list: they are typed.
  const vehicles = useMyVehiclesQuery({ skip: !names.has('plate') || !!actingFor }).data?.myVehicles.nodes ?? [];
  const violations =
    useMyViolationsQuery({ variables: { unpaidOnly: true }, skip: (!names.has('violationNumbers') && !names.has('violationNumber')) || !!actingFor, fetchPolicy: 'network-only' }).data?.myViolations
      .nodes ?? [];
  const [errors, setErrors] = useState<FieldErrorLike[]>([]);
  // A key, not a text: shown in the language on screen even after a switch.
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const [refusedAs, setRefusedAs] = useState<string | null>(null);
  const { submit, loading } = useSubmitService();
  const { form, refused } = useFocusOnRefusal();
  const set = (name: string) => (value: string | string[]) => setValues((v) => ({ ...v, [name]: value }));
  const str = (name: string) => {
    const v = values[name];
    return typeof v === 'string' ? v : '';
  };
  const chosen = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? v : [];
  };
  /** Another person: what was said about the previous one no longer holds. */
  function choosePerson(id: string) {
    setBeneficiary(id);
    setErrors([]);
    setFailure(null);
  }

  const violationLabel = (v: (typeof violations)[number]) => `${v.number} — ${formatDate(v.issuedOn, lang)} — ${formatSar(v.amount.halalas, lang)}`;
  const beneficiaryOptions = people.map((p) => ({
    value: p.nationalId,
    label: p.relationToYou === 'SELF' ? t('service.self', { name: inLang(lang, p.fullNameAr, p.fullNameEn) }) : personWithRelation(p, lang, t),
  }));
  const plateOptions = vehicles.map((v) => ({ value: v.plate, label: `${v.plate} — ${v.make} ${v.model} ${v.year}` }));
  const payable = violations.filter((v) => !v.billed);
  const labelOf = (field: InputField) => {
    const key = field.name === 'beneficiaryNationalId' ? 'service.forWhom' : inputLabels[field.name];
    return key ? t(key) : field.label;
  };
  const optionsOf = (field: InputField) => (field.allowedValues ?? []).map((v) => ({ value: v.value, label: allowedLabel(v, lang) }));

  /** The answers as the review lists them, each in words rather than codes. */
  function answers(): Answer[] {
    const shown = (options: { value: string; label: string }[], value: string) => options.find((o) => o.value === value)?.label ?? value;
    return service.inputs.map((field) => {
      const label = labelOf(field);
      switch (field.name) {
        case 'beneficiaryNationalId':
          return { field: field.name, label, value: actingFor ? actingFor.name : shown(beneficiaryOptions, beneficiary) };
        case 'plate':
          return { field: field.name, label, value: shown(plateOptions, str('plate')) };
        case 'violationNumbers':
          return {
            field: field.name,
            label,
            value: actingFor
              ? str('violationNumbers')
              : payable
                  .filter((v) => chosen('violationNumbers').includes(v.number))
                  .map(violationLabel)
                  .join('\n'),
          };
        case 'violationNumber':
          return {
            field: field.name,
            label,
            value: shown(
              violations.map((v) => ({ value: v.number, label: violationLabel(v) })),
              str('violationNumber'),
            ),
          };
        case 'until':
          return { field: field.name, label, value: str('until') ? formatDate(latinDigits(str('until')), lang) : '' };
        default:
          return { field: field.name, label, value: field.allowedValues ? shown(optionsOf(field), str(field.name)) : latinDigits(str(field.name)) };
      }
    });
  }

  /**
   * The fee the review shows: for violations, the sum of the ones chosen (each amount is the
   * server's); otherwise the fee the server's eligibility gave for this beneficiary.
   */
  function fee(): number {
    if (service.code === 'PAY_VIOLATIONS' && !actingFor) return payable.filter((v) => chosen('violationNumbers').includes(v.number)).reduce((sum, v) => sum + v.amount.halalas, 0);
    return service.eligibility?.fee?.halalas ?? 0;
  }
  /** Whether the fee depends on a choice in the form (a period, an entry type): then it is shown beside the choices. */
  const feeFollowsChoices = service.inputs.some((i) => i.allowedValues);

  async function send() {
    setFailure(null);
    try {
      const answers: FormValues = { ...values, beneficiaryNationalId: actingFor?.nationalId ?? beneficiary };
      // Acting for someone, the violation numbers are typed in one field.
      if (actingFor && typeof values.violationNumbers === 'string') answers.violationNumbers = values.violationNumbers.split(/[\s,،]+/).filter(Boolean);
      const result = await submit(service.code, answers, actingFor?.nationalId ?? null);
      if (result?.request && !result.errors.length) {
        const state: SubmittedState = { submitted: true };
        navigate(`/requests/${encodeURIComponent(result.request.reference)}`, state);
        return;
      }
      // Refused by the service's rules: the reasons stay beside the fields, and the refusal's reference is said.
      setErrors(result?.errors ?? []);
      setRefusedAs(result?.request?.reference ?? null);
    } catch {
      setFailure('app.error.network');
    }
    setReviewing(false);
    refused();
  }

  function next(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    // Paying nothing is not a request: said here, in the person's language, without a round trip.
    if (service.code === 'PAY_VIOLATIONS' && !actingFor && !chosen('violationNumbers').length) {
      setErrors([{ field: 'violationNumbers', key: 'violations.chooseOne', message: '' }]);
      return refused();
    }
    if (names.has('beneficiaryNationalId') && !beneficiary && !actingFor) {
      setErrors([{ field: 'beneficiaryNationalId', key: 'service.chooseWhom', message: '' }]);
      return refused();
    }
    setErrors([]);
    // A request that would issue a bill is checked by the person first. A free one goes at once,
    // and so does one the server already said it refuses: its reasons come back beside the fields.
    if (service.eligibility?.eligible !== false && (service.code === 'PAY_VIOLATIONS' || fee() > 0)) setReviewing(true);
    else void send();
  }

  function change(field?: string) {
    setReviewing(false);
    requestAnimationFrame(() => {
      const target = field ? form.current?.querySelector<HTMLElement>(`[name="${field}"]`) : form.current?.querySelector<HTMLElement>('input, select, textarea');
      target?.focus();
    });
  }

  const { byField, summary } = splitErrors(
    errors,
    service.inputs.map((i) => i.name),
    lang,
  );

  function input(field: InputField) {
    const label = labelOf(field);
    const common = { key: field.name, name: field.name, label, errors: byField[field.name] };
    switch (field.name) {
      case 'beneficiaryNationalId':
        if (actingFor)
          return (
            <p key={field.name} data-acting-for={actingFor.nationalId}>
              {t('service.actingForNote', { name: actingFor.name })}
            </p>
          );
        return <RadioGroup key={field.name} name={field.name} legend={label} options={beneficiaryOptions} value={beneficiary} onValue={choosePerson} errors={byField[field.name]} />;
      case 'plate':
        if (actingFor) return <Field {...common} value={str('plate')} onValue={set('plate')} hint={t('service.actingForPlate')} dir="ltr" autoComplete="off" required />;
        return <SelectField {...common} value={str('plate')} onValue={set('plate')} placeholder={t('appointments.choose')} options={plateOptions} />;
      case 'violationNumbers':
        if (actingFor) return <Field {...common} value={str('violationNumbers')} onValue={set('violationNumbers')} hint={t('service.actingForViolations')} dir="ltr" autoComplete="off" required />;
        return (
          <CheckboxGroup
            key={field.name}
            name={field.name}
            legend={label}
            options={payable.map((v) => ({ value: v.number, label: violationLabel(v) }))}
            value={chosen('violationNumbers')}
            onValue={set('violationNumbers')}
            errors={byField.violationNumbers}
          />
        );
      case 'violationNumber':
        if (actingFor) return <Field {...common} value={str('violationNumber')} onValue={set('violationNumber')} dir="ltr" autoComplete="off" required />;
        return (
          <SelectField
            {...common}
            value={str('violationNumber')}
            onValue={set('violationNumber')}
            placeholder={t('appointments.choose')}
            options={violations.map((v) => ({ value: v.number, label: violationLabel(v) }))}
          />
        );
      case 'reason':
        return <TextArea key={field.name} name="reason" label={label} value={str('reason')} onValue={set('reason')} errors={byField.reason} />;
      default: {
        // A constrained choice: radio buttons for a few values, a list for more (the months of a visa).
        if (field.allowedValues) {
          const options = optionsOf(field);
          return options.length <= 5 ? (
            <RadioGroup key={field.name} name={field.name} legend={label} options={options} value={str(field.name)} onValue={set(field.name)} errors={byField[field.name]} />
          ) : (
            <SelectField {...common} value={str(field.name)} onValue={set(field.name)} placeholder={t('appointments.choose')} options={options} />
          );
        }
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

  if (reviewing) return <ReviewAnswers service={service} answers={answers()} fee={feeCurrent ? formatSar(fee(), lang) : null} loading={loading} onChange={change} onConfirm={() => void send()} />;
  return (
    <Form ref={form} className="card form" onSubmit={next} noValidate aria-labelledby="form-title">
      <h2 id="form-title">{t('service.form')}</h2>
      <ErrorSummary items={summary} failure={failure && t(failure)} />
      {refusedAs && errors.length > 0 && (
        <p className="hint" data-refused-as={refusedAs}>
          {t('service.refusedOnRecord')} <Link href={`/requests/${encodeURIComponent(refusedAs)}`}>{refusedAs}</Link>
        </p>
      )}
      {service.inputs.map(input)}
      {feeFollowsChoices && service.eligibility?.fee && (!names.has('beneficiaryNationalId') || beneficiary) ? (
        <p className="fee-now" data-fee-now={feeCurrent ? service.eligibility.fee.halalas : undefined} aria-live="polite">
          {t('service.feeForChoice', { amount: formatSar(service.eligibility.fee.halalas, lang) })}
        </p>
      ) : null}
      <button type="submit" className="button-primary" disabled={loading}>
        {loading ? t('form.sending') : t('service.submit')}
      </button>
    </Form>
  );
}

/** The answers a service's fee depends on, for the eligibility query (null: the server's default). */
/** Choices preset by the link that led here: the query parameters other than `for` (whom for). */
function presetChoices(): FormValues {
  return Object.fromEntries([...new URLSearchParams(window.location.search)].filter(([name]) => name !== 'for'));
}

const REPLACEABLE: readonly DocumentType[] = ['NATIONAL_ID', 'IQAMA', 'DRIVING_LICENCE'];

function choiceVariables(values: FormValues) {
  const entryType: EntryType | null = values.entryType === 'SINGLE' ? 'SINGLE' : values.entryType === 'MULTIPLE' ? 'MULTIPLE' : null;
  const documentType = REPLACEABLE.find((d) => d === values.documentType) ?? null;
  const cause: ReplacementCause | null = values.cause === 'LOST' ? 'LOST' : values.cause === 'DAMAGED' ? 'DAMAGED' : null;
  return { years: wholeNumber(values.years), months: wholeNumber(values.months), entryType, documentType, cause };
}

/**
 * One e-service: what it is, the fee, and — for a signed-in person — "for whom?" first (only the
 * people the server says it applies to, by name), then whether it may be used for them now and the
 * fee for the choices made, and its form.
 */
export default function ServicePage() {
  const { t, lang } = useI18n();
  const { state } = useSession();
  const signedIn = state.status === 'signedIn';
  const code = asServiceCode(usePathParam('/services/'));
  const [beneficiary, setBeneficiary] = useState('');
  // The answers live here, not in the form, because the fee shown depends on them.
  // A link may preset choices ("replace Rajesh's iqama": ?documentType=IQAMA); the server still judges them.
  const [answers, setAnswers] = useState<{ code: ServiceCode | null; values: FormValues }>(() => ({ code, values: presetChoices() }));
  const typed = answers.code === code ? answers.values : {};
  const setValues = (update: (v: FormValues) => FormValues) => setAnswers((a) => ({ code, values: update(a.code === code ? a.values : {}) }));
  const household = useHouseholdQuery({ skip: !signedIn, fetchPolicy: 'cache-and-network' }).data;
  // The people who authorised the caller for this service, by an authorisation accepted and in force.
  const received = useMyAuthorisationsQuery({ skip: !signedIn, fetchPolicy: 'cache-and-network' }).data?.myAuthorisations.nodes ?? [];
  const grantors = [
    ...new Map(
      received
        .filter((a) => a.yourRole === 'DELEGATE' && a.kind === 'SERVICES' && a.status === 'ACCEPTED' && code && a.services.includes(code))
        .map((a) => [a.grantorId, { nationalId: a.grantorId, name: a.grantorName }]),
    ).values(),
  ];
  const [actingForId, setActingForId] = useState('');
  const actingFor = grantors.find((g) => g.nationalId === actingForId) ?? null;
  const people = household ? [...(household.me ? [household.me.person] : []), ...household.myDependents.nodes] : null;
  const offered = people?.filter((p) => code && p.offeredServices?.includes(code)) ?? [];
  // Arriving from a person's action ("renew Sara's passport"): that person, if the service is for them.
  const wanted = new URLSearchParams(window.location.search).get('for');
  const preset = offered.find((p) => p.id === wanted) ?? (offered.length === 1 ? offered[0] : null);
  const chosen = beneficiary || preset?.nationalId || '';
  // Only what the person chose is sent: for the rest the server assumes the shortest period and a
  // single entry, the very values the form shows chosen (each input's first allowed value).
  const query = useServiceQuery({
    variables: {
      code: code ?? 'RENEW_NATIONAL_ID',
      beneficiaryNationalId: actingFor ? null : chosen || null,
      actingFor: actingFor?.nationalId ?? null,
      ...choiceVariables(typed),
    },
    skip: !code,
    fetchPolicy: 'cache-and-network',
  });
  // Keep the page (and what was typed) while the eligibility for another person or choice loads.
  const data = query.data ?? query.previousData;
  const service = data?.service;
  if (!code || (query.data && !service)) {
    return (
      <div className="narrow card">
        <PageHeading>{t('service.notFound')}</PageHeading>
        <Link href="/services">{t('service.back')}</Link>
      </div>
    );
  }
  if (!service)
    return (
      <p role="status" className="loading">
        {t('app.loading')}
      </p>
    );
  const values: FormValues = { ...Object.fromEntries(service.inputs.flatMap((i) => (i.allowedValues?.length ? [[i.name, i.allowedValues[0].value]] : []))), ...typed };
  const eligibility = service.eligibility;
  const needsBeneficiary = service.inputs.some((i) => i.name === 'beneficiaryNationalId');
  const nobody = !actingFor && needsBeneficiary && people !== null && offered.length === 0;
  return (
    <div className="narrow">
      <p>
        <Link href="/services">{t('service.back')}</Link>
      </p>
      <PageHeading>{inLang(lang, service.nameAr, service.nameEn)}</PageHeading>
      <p>{inLang(lang, service.descriptionAr, service.descriptionEn)}</p>
      <p className="hint">
        {t('services.fee')}: {inLang(lang, service.feeDescriptionAr, service.feeDescriptionEn)}
      </p>
      {signedIn && grantors.length > 0 && (
        <section className="card" data-acting-for-choice>
          <RadioGroup
            name="actingFor"
            legend={t('service.actingFor')}
            hint={<p className="hint">{t('service.actingForHint')}</p>}
            options={[{ value: '', label: t('service.actingForSelf') }, ...grantors.map((g) => ({ value: g.nationalId, label: `${g.name} (${g.nationalId})` }))]}
            value={actingFor?.nationalId ?? ''}
            onValue={setActingForId}
          />
        </section>
      )}
      <section className="card" aria-labelledby="eligibility-title" aria-live="polite">
        <h2 id="eligibility-title">{t('service.eligibility')}</h2>
        {!signedIn ? (
          <p>{t('service.logInForEligibility')}</p>
        ) : nobody ? (
          <p className="alert alert-warn" data-eligible="false" data-nobody>
            {t('service.nobody')}
          </p>
        ) : needsBeneficiary && !chosen && !actingFor ? (
          <p data-choose-first>{t('service.forWhomFirst')}</p>
        ) : eligibility ? (
          eligibility.eligible ? (
            <p className="alert alert-info" data-eligible="true">
              {t('service.eligible')} {eligibility.fee && t('service.feeNow', { amount: formatSar(eligibility.fee.halalas, lang) })}
            </p>
          ) : (
            <div className="alert alert-warn" data-eligible="false">
              <p className="alert-title">{t('service.notEligible')}</p>
              <ul>
                {eligibility.reasons.map((r) => (
                  <li key={`${r.field}-${r.code}`}>{presentServerMessage(r, lang)}</li>
                ))}
              </ul>
            </div>
          )
        ) : null}
      </section>
      {!signedIn ? (
        <p className="card">
          <Link href="/" className="button button-primary">
            {t('service.logInToApply')}
          </Link>
        </p>
      ) : nobody ? null : (
        <ServiceForm
          key={`${service.code}-${actingFor?.nationalId ?? ''}`}
          actingFor={actingFor}
          service={service}
          people={offered}
          beneficiary={chosen}
          setBeneficiary={setBeneficiary}
          values={values}
          setValues={setValues}
          feeCurrent={!!query.data && !query.loading}
        />
      )}
    </div>
  );
}
