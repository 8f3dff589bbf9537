import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import {
  AppointmentSlotsDocument,
  MyAppointmentsDocument,
  useAppointmentServicesQuery,
  useAppointmentSlotsQuery,
  useBookAppointmentMutation,
  useCancelAppointmentMutation,
  useMyAppointmentsQuery,
  useOfficesQuery,
  useRescheduleAppointmentMutation,
  type AppointmentFieldsFragment,
  type AppointmentServiceCode,
} from '../gql/graphql';
import type { MessageKey } from '../i18n/ar';
import { formatDate, formatNumber, formatTime, riyadhDay } from '../i18n/format';
import { inLang, useI18n, type Lang } from '../i18n/i18n';
import { presentServerText } from '../i18n/server-text';
import { ErrorSummary, Form, SelectField, splitErrors, useFieldId, useFocusOnRefusal, type UserErrorLike } from '../ui/forms';
import { PageHeading } from '../ui/page-heading';
import { icsHref, toIcs } from './ics';

const refetchQueries = [MyAppointmentsDocument, AppointmentSlotsDocument];

interface OfficeNames {
  nameAr: string;
  nameEn: string;
  city: string;
  cityAr: string;
}

/**
 * An office's name, with its city once. The registry's names already end with the city
 * ("Passports Office — Riyadh"), others may not: the city is added only where it is missing, and
 * left out (`withCity: false`) where the address that follows names it.
 */
export function officeName(office: OfficeNames, lang: Lang, { withCity = true } = {}): string {
  const name = inLang(lang, office.nameAr, office.nameEn);
  const city = inLang(lang, office.cityAr, office.city);
  const bare = name.endsWith(city) ? name.slice(0, -city.length).replace(/[\s—،,-]+$/, '') : name;
  return withCity ? `${bare} — ${city}` : bare;
}

/** The date of an appointment with its weekday, and its time: "Sunday 6 December 2026 (…), 09:30". */
function when(startsAt: string, lang: Lang, t: (key: MessageKey, params?: Record<string, string>) => string): string {
  return t('appointments.when', { date: formatDate(riyadhDay(startsAt), lang, { weekday: true }), time: formatTime(startsAt, lang) });
}

/** Day, then time: the free slots the server offers for an office and a service. */
function SlotPicker({ officeId, serviceCode, value, onValue, errors }: { officeId: string; serviceCode?: AppointmentServiceCode; value: string; onValue(v: string): void; errors?: string[] }) {
  const { t, lang } = useI18n();
  const slotId = useFieldId('slotStart');
  const slots = useAppointmentSlotsQuery({ variables: { officeId, serviceCode: serviceCode! }, skip: !officeId || !serviceCode, fetchPolicy: 'network-only' });
  const byDay = useMemo(() => {
    const days = new Map<string, { startsAt: string; remaining: number }[]>();
    for (const slot of slots.data?.appointmentSlots.nodes ?? []) {
      if (!slot.available) continue;
      const day = riyadhDay(slot.startsAt);
      days.set(day, [...(days.get(day) ?? []), slot]);
    }
    return days;
  }, [slots.data]);
  const [day, setDay] = useState('');
  if (!officeId || !serviceCode) return null;
  if (slots.loading && !slots.data)
    return (
      <p role="status" className="loading">
        {t('app.loading')}
      </p>
    );
  if (!byDay.size) return <p className="alert alert-info">{t('appointments.noSlots')}</p>;
  const chosenDay = byDay.has(day) ? day : '';
  return (
    <>
      <SelectField
        name="day"
        label={t('appointments.day')}
        value={chosenDay}
        onValue={(d) => {
          setDay(d);
          onValue('');
        }}
        placeholder={t('appointments.choose')}
        options={[...byDay.keys()].map((d) => ({ value: d, label: formatDate(d, lang, { weekday: true }) }))}
      />
      {chosenDay && (
        <fieldset className={`field slots${errors?.length ? ' field-invalid' : ''}`} aria-describedby={errors?.length ? `${slotId}-error` : undefined}>
          <legend>{t('appointments.slot')}</legend>
          <div className="slot-grid">
            {byDay.get(chosenDay)!.map((slot, i) => (
              <label key={slot.startsAt} className="slot">
                <input type="radio" id={i === 0 ? slotId : undefined} name="slotStart" value={slot.startsAt} checked={value === slot.startsAt} onChange={() => onValue(slot.startsAt)} />
                <span>{formatTime(slot.startsAt, lang)}</span>
                <span className="hint">{t('appointments.seatsLeft', { count: formatNumber(slot.remaining, lang) })}</span>
              </label>
            ))}
          </div>
          {errors?.length ? (
            <p id={`${slotId}-error`} className="error-text">
              {errors.join(' ')}
            </p>
          ) : null}
        </fieldset>
      )}
    </>
  );
}

function BookForm({ onBooked, initialService = '' }: { onBooked(appointment: AppointmentFieldsFragment): void; initialService?: string }) {
  const { t, lang } = useI18n();
  const services = useAppointmentServicesQuery().data?.appointmentServices.nodes ?? [];
  const [serviceCode, setServiceCode] = useState(initialService);
  const service = services.find((s) => s.code === serviceCode);
  const offices = useOfficesQuery({ variables: { category: service?.category }, skip: !service }).data?.offices.nodes ?? [];
  const [officeId, setOfficeId] = useState('');
  const [slotStart, setSlotStart] = useState('');
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  // A key, not a text: shown in the language on screen even after a switch.
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [book, { loading }] = useBookAppointmentMutation({ refetchQueries });
  const { form, refused } = useFocusOnRefusal();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (!service) return;
    try {
      const { data } = await book({ variables: { input: { serviceCode: service.code, officeId, slotStart } } });
      const booked = data?.bookAppointment.appointment;
      if (booked) return onBooked(booked);
      setErrors(data?.bookAppointment.errors ?? []);
    } catch {
      setFailure('app.error.network');
    }
    refused();
  }
  const { byField, summary } = splitErrors(errors, ['serviceCode', 'officeId', 'slotStart'], lang);
  return (
    <Form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="book-title">
      <h2 id="book-title">{t('appointments.book')}</h2>
      <ErrorSummary items={summary} failure={failure && t(failure)} />
      <SelectField
        name="serviceCode"
        label={t('appointments.service')}
        value={service ? serviceCode : ''}
        onValue={(v) => {
          setServiceCode(v);
          setOfficeId('');
          setSlotStart('');
        }}
        errors={byField.serviceCode}
        placeholder={t('appointments.choose')}
        options={services.map((s) => ({ value: s.code, label: inLang(lang, s.nameAr, s.nameEn) }))}
      />
      {service && <p className="hint">{presentServerText(service.description, lang)}</p>}
      {service && (
        <SelectField
          name="officeId"
          label={t('appointments.office')}
          value={officeId}
          onValue={(v) => {
            setOfficeId(v);
            setSlotStart('');
          }}
          errors={byField.officeId}
          placeholder={t('appointments.choose')}
          options={offices.map((o) => ({ value: o.id, label: officeName(o, lang) }))}
        />
      )}
      <SlotPicker key={`${serviceCode}/${officeId}`} officeId={officeId} serviceCode={service?.code} value={slotStart} onValue={setSlotStart} errors={byField.slotStart} />
      <button type="submit" className="button-primary" disabled={loading || !slotStart}>
        {loading ? t('form.sending') : t('appointments.submit')}
      </button>
    </Form>
  );
}

function RescheduleForm({ appointment, onDone, onBack }: { appointment: AppointmentFieldsFragment; onDone(notice: MessageKey): void; onBack(): void }) {
  const { t, lang } = useI18n();
  const [slotStart, setSlotStart] = useState('');
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [move, { loading }] = useRescheduleAppointmentMutation({ refetchQueries });
  const { form, refused } = useFocusOnRefusal();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await move({ variables: { input: { appointmentId: appointment.id, slotStart } } });
    if (data?.rescheduleAppointment.appointment) return onDone('appointments.rescheduled');
    setErrors(data?.rescheduleAppointment.errors ?? []);
    refused();
  }
  const { byField, summary } = splitErrors(errors, ['slotStart'], lang);
  return (
    <Form ref={form} className="card form" onSubmit={submit} noValidate aria-labelledby="reschedule-title">
      <h2 id="reschedule-title">{t('appointments.rescheduleTitle', { service: inLang(lang, appointment.service.nameAr, appointment.service.nameEn) })}</h2>
      <ErrorSummary items={summary} />
      <SlotPicker officeId={appointment.office.id} serviceCode={appointment.serviceCode} value={slotStart} onValue={setSlotStart} errors={byField.slotStart} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading || !slotStart}>
          {loading ? t('form.sending') : t('appointments.rescheduleSubmit')}
        </button>
        <button type="button" className="button-secondary" onClick={onBack}>
          {t('appointments.keep')}
        </button>
      </div>
    </Form>
  );
}

/** "Add to calendar": the appointment as an .ics file, made here from what is on screen. */
export function CalendarLink({ appointment }: { appointment: AppointmentFieldsFragment }) {
  const { t, lang } = useI18n();
  const service = inLang(lang, appointment.service.nameAr, appointment.service.nameEn);
  const ics = toIcs({
    uid: `${appointment.id}@absher`,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    summary: t('appointments.calendarSummary', { service }),
    location: `${officeName(appointment.office, lang, { withCity: false })}, ${inLang(lang, appointment.office.addressAr, appointment.office.addressEn)}`,
    description: t('appointments.bring'),
  });
  return (
    <a className="button button-secondary" href={icsHref(ics)} download={`absher-appointment-${riyadhDay(appointment.startsAt)}.ics`}>
      {t('appointments.addToCalendar')}
    </a>
  );
}

export function AppointmentSummary({ appointment }: { appointment: AppointmentFieldsFragment }) {
  const { t, lang } = useI18n();
  return (
    <>
      <h3>{inLang(lang, appointment.service.nameAr, appointment.service.nameEn)}</h3>
      <p className="appointment-when">{when(appointment.startsAt, lang, t)}</p>
      <p className="hint appointment-where">
        {officeName(appointment.office, lang, { withCity: false })} — {inLang(lang, appointment.office.addressAr, appointment.office.addressEn)}
      </p>
    </>
  );
}

/** What a finished booking shows: the appointment, what to bring, and the calendar file. */
function Booked({ appointment, onAnother }: { appointment: AppointmentFieldsFragment; onAnother(): void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form it replaces had the focus: the confirmation takes it, and a screen reader reads it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card confirmation" aria-labelledby="booked-title" data-booked={appointment.id}>
      <h2 id="booked-title" ref={heading} tabIndex={-1}>
        {t('appointments.booked')}
      </h2>
      <AppointmentSummary appointment={appointment} />
      <p>{t('appointments.bring')}</p>
      <div className="actions">
        <CalendarLink appointment={appointment} />
        <button type="button" className="button-link-plain" onClick={onAnother}>
          {t('appointments.bookAnother')}
        </button>
      </div>
    </section>
  );
}

export default function AppointmentsPage() {
  const { t, lang } = useI18n();
  const mine = useMyAppointmentsQuery();
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const [moving, setMoving] = useState<AppointmentFieldsFragment | null>(null);
  const [booked, setBooked] = useState<AppointmentFieldsFragment | null>(null);
  // A new booking form (everything cleared) after each booking.
  const [round, setRound] = useState(0);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  // A service chosen in the catalogue (/appointments?service=CODE) starts the first booking form.
  const [chosenInCatalogue] = useState(() => new URLSearchParams(window.location.search).get('service') ?? '');
  const [cancel, cancelling] = useCancelAppointmentMutation({ refetchQueries });
  const upcoming = (mine.data?.myAppointments.nodes ?? []).filter((a) => a.status === 'BOOKED');

  async function cancelOne(id: string) {
    setNotice(null);
    const { data } = await cancel({ variables: { input: { appointmentId: id } } });
    if (data?.cancelAppointment.appointment) {
      setNotice('appointments.cancelled');
      if (booked?.id === id) setBooked(null);
    }
    setErrors(data?.cancelAppointment.errors ?? []);
  }
  const moved = (key: MessageKey) => {
    setMoving(null);
    setBooked(null);
    setNotice(key);
  };
  return (
    <div>
      <PageHeading>{t('appointments.title')}</PageHeading>
      <p role="status" className={notice ? 'alert alert-info' : 'visually-hidden'}>
        {notice && t(notice)}
      </p>
      <ErrorSummary items={splitErrors(errors, [], lang).summary} />
      {booked && (
        <Booked
          appointment={booked}
          onAnother={() => {
            setBooked(null);
            setRound((r) => r + 1);
          }}
        />
      )}
      <section aria-labelledby="upcoming-title" className="card">
        <h2 id="upcoming-title">{t('appointments.upcoming')}</h2>
        {mine.loading && !mine.data ? (
          <p role="status" className="loading">
            {t('app.loading')}
          </p>
        ) : upcoming.length ? (
          <ul className="list">
            {upcoming.map((a) => (
              <li key={a.id} className="list-item" data-appointment={a.id}>
                <AppointmentSummary appointment={a} />
                <div className="actions">
                  <CalendarLink appointment={a} />
                  <button type="button" className="button-secondary" onClick={() => setMoving(a)}>
                    {t('appointments.reschedule')}
                  </button>
                  <button type="button" className="button-danger" onClick={() => void cancelOne(a.id)} disabled={cancelling.loading}>
                    {t('appointments.cancel')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('appointments.none')}</p>
        )}
      </section>
      {moving ? (
        <RescheduleForm key={moving.id} appointment={moving} onDone={moved} onBack={() => setMoving(null)} />
      ) : (
        !booked && (
          <BookForm
            key={round}
            initialService={round === 0 ? chosenInCatalogue : ''}
            onBooked={(appointment) => {
              setNotice(null);
              setBooked(appointment);
              setRound((r) => r + 1);
            }}
          />
        )
      )}
    </div>
  );
}
