import { useMemo, useState, type FormEvent } from 'react';
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
  type UserErrorFieldsFragment,
} from '../gql/graphql';
import { inLang, useI18n } from '../i18n/i18n';
import { formatDate, formatTime, riyadhDay } from '../i18n/format';
import { ErrorSummary, SelectField, splitErrors } from '../ui/forms';

const refetchQueries = [MyAppointmentsDocument, AppointmentSlotsDocument];

/** Day, then time: the free slots the server offers for an office and a service. */
function SlotPicker({ officeId, serviceCode, value, onValue, errors }: { officeId: string; serviceCode: string; value: string; onValue(v: string): void; errors?: string[] }) {
  const { t, lang } = useI18n();
  const slots = useAppointmentSlotsQuery({ variables: { officeId, serviceCode }, skip: !officeId || !serviceCode, fetchPolicy: 'network-only' });
  const byDay = useMemo(() => {
    const days = new Map<string, { startsAt: string; remaining: number }[]>();
    for (const slot of slots.data?.appointmentSlots ?? []) {
      if (!slot.available) continue;
      const day = riyadhDay(slot.startsAt);
      days.set(day, [...(days.get(day) ?? []), slot]);
    }
    return days;
  }, [slots.data]);
  const [day, setDay] = useState('');
  if (!officeId || !serviceCode) return null;
  if (slots.loading && !slots.data) return <p role="status">{t('app.loading')}</p>;
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
        options={[...byDay.keys()].map((d) => ({ value: d, label: formatDate(d, lang) }))}
      />
      {chosenDay && (
        <fieldset className="field slots" aria-describedby={errors?.length ? 'slot-error' : undefined}>
          <legend>{t('appointments.slot')}</legend>
          <div className="slot-grid">
            {byDay.get(chosenDay)!.map((slot) => (
              <label key={slot.startsAt} className="slot">
                <input type="radio" name="slotStart" value={slot.startsAt} checked={value === slot.startsAt} onChange={() => onValue(slot.startsAt)} />
                <span>{formatTime(slot.startsAt, lang)}</span>
                <span className="hint">{t('appointments.seatsLeft', { count: slot.remaining })}</span>
              </label>
            ))}
          </div>
          {errors?.length ? (
            <p id="slot-error" className="error-text">
              {errors.join(' ')}
            </p>
          ) : null}
        </fieldset>
      )}
    </>
  );
}

function BookForm({ onDone }: { onDone(message: string): void }) {
  const { t, lang } = useI18n();
  const services = useAppointmentServicesQuery().data?.appointmentServices ?? [];
  const [serviceCode, setServiceCode] = useState('');
  const service = services.find((s) => s.code === serviceCode);
  const offices = useOfficesQuery({ variables: { category: service?.category }, skip: !service }).data?.offices ?? [];
  const [officeId, setOfficeId] = useState('');
  const [slotStart, setSlotStart] = useState('');
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [book, { loading }] = useBookAppointmentMutation({ refetchQueries });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      const { data } = await book({ variables: { input: { serviceCode, officeId, slotStart } } });
      if (data?.bookAppointment.appointment) {
        setErrors([]);
        setSlotStart('');
        onDone(t('appointments.booked'));
      } else setErrors(data?.bookAppointment.errors ?? []);
    } catch {
      setFailure(t('app.error.network'));
    }
  }
  const { byField, general } = splitErrors(errors, ['serviceCode', 'officeId', 'slotStart']);
  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="book-title">
      <h2 id="book-title">{t('appointments.book')}</h2>
      <ErrorSummary messages={[...(failure ? [failure] : []), ...general]} />
      <SelectField
        name="serviceCode"
        label={t('appointments.service')}
        value={serviceCode}
        onValue={(v) => {
          setServiceCode(v);
          setOfficeId('');
          setSlotStart('');
        }}
        errors={byField.serviceCode}
        placeholder={t('appointments.choose')}
        options={services.map((s) => ({ value: s.code, label: inLang(lang, s.nameAr, s.nameEn) }))}
      />
      {service && <p className="hint">{service.description}</p>}
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
          options={offices.map((o) => ({ value: o.id, label: `${lang === 'ar' ? o.nameAr : o.nameEn} — ${lang === 'ar' ? o.cityAr : o.city}` }))}
        />
      )}
      <SlotPicker key={`${serviceCode}/${officeId}`} officeId={officeId} serviceCode={serviceCode} value={slotStart} onValue={setSlotStart} errors={byField.slotStart} />
      <button type="submit" className="button-primary" disabled={loading || !slotStart}>
        {loading ? t('form.sending') : t('appointments.submit')}
      </button>
    </form>
  );
}

function RescheduleForm({ appointment, onDone, onBack }: { appointment: AppointmentFieldsFragment; onDone(message: string): void; onBack(): void }) {
  const { t, lang } = useI18n();
  const [slotStart, setSlotStart] = useState('');
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [move, { loading }] = useRescheduleAppointmentMutation({ refetchQueries });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await move({ variables: { input: { appointmentId: appointment.id, slotStart } } });
    if (data?.rescheduleAppointment.appointment) onDone(t('appointments.rescheduled'));
    else setErrors(data?.rescheduleAppointment.errors ?? []);
  }
  const { byField, general } = splitErrors(errors, ['slotStart']);
  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="reschedule-title">
      <h2 id="reschedule-title">{t('appointments.rescheduleTitle', { service: inLang(lang, appointment.service.nameAr, appointment.service.nameEn) })}</h2>
      <ErrorSummary messages={general} />
      <SlotPicker officeId={appointment.office.id} serviceCode={appointment.serviceCode} value={slotStart} onValue={setSlotStart} errors={byField.slotStart} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={loading || !slotStart}>
          {loading ? t('form.sending') : t('appointments.rescheduleSubmit')}
        </button>
        <button type="button" className="button-secondary" onClick={onBack}>
          {t('appointments.keep')}
        </button>
      </div>
    </form>
  );
}

export function AppointmentSummary({ appointment }: { appointment: AppointmentFieldsFragment }) {
  const { t, lang } = useI18n();
  return (
    <>
      <h3>{inLang(lang, appointment.service.nameAr, appointment.service.nameEn)}</h3>
      <p>
        {t('appointments.when', { date: formatDate(riyadhDay(appointment.startsAt), lang), time: formatTime(appointment.startsAt, lang) })}
      </p>
      <p className="hint">
        {lang === 'ar' ? appointment.office.nameAr : appointment.office.nameEn} — {lang === 'ar' ? appointment.office.addressAr : appointment.office.addressEn}
      </p>
    </>
  );
}

export default function AppointmentsPage() {
  const { t } = useI18n();
  const mine = useMyAppointmentsQuery();
  const [notice, setNotice] = useState<string | null>(null);
  const [moving, setMoving] = useState<AppointmentFieldsFragment | null>(null);
  const [errors, setErrors] = useState<UserErrorFieldsFragment[]>([]);
  const [cancel, cancelling] = useCancelAppointmentMutation({ refetchQueries });
  const upcoming = (mine.data?.myAppointments ?? []).filter((a) => a.status === 'BOOKED');

  async function cancelOne(id: string) {
    setNotice(null);
    const { data } = await cancel({ variables: { input: { appointmentId: id } } });
    if (data?.cancelAppointment.appointment) setNotice(t('appointments.cancelled'));
    setErrors(data?.cancelAppointment.errors ?? []);
  }
  const done = (message: string) => {
    setMoving(null);
    setNotice(message);
  };
  return (
    <div>
      <h1 id="page-title" tabIndex={-1}>
        {t('appointments.title')}
      </h1>
      <p role="status" className={notice ? 'alert alert-info' : 'visually-hidden'}>
        {notice}
      </p>
      <ErrorSummary messages={errors.map((e) => e.message)} />
      <section aria-labelledby="upcoming-title" className="card">
        <h2 id="upcoming-title">{t('appointments.upcoming')}</h2>
        {mine.loading && !mine.data ? (
          <p role="status">{t('app.loading')}</p>
        ) : upcoming.length ? (
          <ul className="list">
            {upcoming.map((a) => (
              <li key={a.id} className="list-item" data-appointment={a.id}>
                <AppointmentSummary appointment={a} />
                <div className="actions">
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
      {moving ? <RescheduleForm key={moving.id} appointment={moving} onDone={done} onBack={() => setMoving(null)} /> : <BookForm onDone={done} />}
    </div>
  );
}
