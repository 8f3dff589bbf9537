import { OfficeCategory } from './appointment.entity';
import { dailySlotMinutes, type OfficeSchedule } from './schedule';

/**
 * The offices.csv contract (README, "Offices"): these columns, in this order. The services an office
 * books for follow from its `kind` (`appointmentServices(category:)`), so a file does not list them.
 */
export const OFFICE_COLUMNS = [
  'office_id',
  'kind',
  'city_en',
  'city_ar',
  'name_ar',
  'name_en',
  'address_ar',
  'address_en',
  'opens_at',
  'closes_at',
  'slot_minutes',
  'slot_capacity',
  'working_days',
] as const;

export type OfficeColumn = (typeof OFFICE_COLUMNS)[number];

/** An office as a row gives it: the `Office` entity's fields. */
export interface OfficeData extends OfficeSchedule {
  id: string;
  category: OfficeCategory;
  city: string;
  cityAr: string;
  nameAr: string;
  nameEn: string;
  addressAr: string;
  addressEn: string;
  slotCapacity: number;
  workingDays: number[];
}

/** Why a row is refused: the column at fault and what is wrong with it (for the operator, in English). */
export interface OfficeRowProblem {
  field: OfficeColumn;
  reason: string;
}

/** What the columns' sizes allow (the `offices` table's). */
export const OFFICE_LIMITS = {
  id: 40,
  city: 60,
  text: 255,
  slotMinutes: { min: 5, max: 480 },
  slotCapacity: { min: 1, max: 500 },
} as const;

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Why a header cannot be imported, or null when it can. */
export function checkOfficeHeader(header: string[]): string | null {
  for (let i = 0; i < OFFICE_COLUMNS.length; i++) {
    if (header[i] !== OFFICE_COLUMNS[i]) return `column ${i + 1} must be "${OFFICE_COLUMNS[i]}" (found "${header[i] ?? ''}")`;
  }
  return header.length > OFFICE_COLUMNS.length ? `unknown column(s): ${header.slice(OFFICE_COLUMNS.length).join(', ')}` : null;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

function wholeNumber(value: string, range: { min: number; max: number }): number | null {
  if (!/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= range.min && n <= range.max ? n : null;
}

/** `0;1;2;3;4` or `sun;mon;tue;wed;thu` (any case, either separator `;` or `,` inside quotes): the weekdays, sorted, or null. */
export function parseWorkingDays(value: string): number[] | null {
  const parts = value
    .split(/[;,]/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  if (!parts.length) return null;
  const days = new Set<number>();
  for (const part of parts) {
    const day = /^[0-6]$/.test(part) ? Number(part) : WEEKDAYS.indexOf(part as (typeof WEEKDAYS)[number]);
    if (day < 0) return null;
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

/** One CSV row to an office, or every problem it has (each with its column). */
export function parseOfficeRow(row: Record<string, string | undefined>): { office: OfficeData } | { problems: OfficeRowProblem[] } {
  const v = (name: OfficeColumn) => (row[name] ?? '').trim();
  const problems: OfficeRowProblem[] = [];
  const refuse = (field: OfficeColumn, reason: string) => problems.push({ field, reason });

  const id = v('office_id');
  if (!ID.test(id) || id.length > OFFICE_LIMITS.id) refuse('office_id', `office_id "${id}" must be 1 to ${OFFICE_LIMITS.id} letters, digits, "-" or "_", starting with a letter or digit`);
  const kind = v('kind').toUpperCase();
  const category = (Object.values(OfficeCategory) as string[]).includes(kind) ? (kind as OfficeCategory) : null;
  if (!category) refuse('kind', `kind "${v('kind')}" must be one of ${Object.values(OfficeCategory).join(', ')}`);
  for (const [field, max] of [
    ['city_en', OFFICE_LIMITS.city],
    ['city_ar', OFFICE_LIMITS.city],
    ['name_ar', OFFICE_LIMITS.text],
    ['name_en', OFFICE_LIMITS.text],
    ['address_ar', OFFICE_LIMITS.text],
    ['address_en', OFFICE_LIMITS.text],
  ] as const) {
    if (!v(field)) refuse(field, `${field} is empty`);
    else if (v(field).length > max) refuse(field, `${field} is longer than ${max} characters`);
  }
  const opensAt = v('opens_at');
  const closesAt = v('closes_at');
  const timesOk = TIME.test(opensAt) && TIME.test(closesAt);
  if (!TIME.test(opensAt)) refuse('opens_at', `opens_at "${opensAt}" must be a time HH:MM (00:00–23:59, Riyadh time)`);
  if (!TIME.test(closesAt)) refuse('closes_at', `closes_at "${closesAt}" must be a time HH:MM (00:00–23:59, Riyadh time)`);
  else if (timesOk && minutes(closesAt) <= minutes(opensAt)) refuse('closes_at', `closes_at ${closesAt} must be after opens_at ${opensAt}`);
  const slotMinutes = wholeNumber(v('slot_minutes'), OFFICE_LIMITS.slotMinutes);
  if (slotMinutes === null) refuse('slot_minutes', `slot_minutes "${v('slot_minutes')}" must be a whole number of minutes from ${OFFICE_LIMITS.slotMinutes.min} to ${OFFICE_LIMITS.slotMinutes.max}`);
  const slotCapacity = wholeNumber(v('slot_capacity'), OFFICE_LIMITS.slotCapacity);
  if (slotCapacity === null)
    refuse('slot_capacity', `slot_capacity "${v('slot_capacity')}" must be a whole number of people from ${OFFICE_LIMITS.slotCapacity.min} to ${OFFICE_LIMITS.slotCapacity.max}`);
  const workingDays = parseWorkingDays(v('working_days'));
  if (!workingDays) refuse('working_days', `working_days "${v('working_days')}" must list weekdays separated by ";": 0–6 (0 = Sunday) or sun, mon, tue, wed, thu, fri, sat`);
  if (timesOk && slotMinutes !== null && minutes(closesAt) > minutes(opensAt) && !dailySlotMinutes({ opensAt, closesAt, slotMinutes, workingDays: [] }).length) {
    refuse('slot_minutes', `slot_minutes ${slotMinutes} is longer than the day from ${opensAt} to ${closesAt}: not one slot fits`);
  }
  if (problems.length) return { problems };
  return {
    office: {
      id,
      category: category!,
      city: v('city_en'),
      cityAr: v('city_ar'),
      nameAr: v('name_ar'),
      nameEn: v('name_en'),
      addressAr: v('address_ar'),
      addressEn: v('address_en'),
      opensAt,
      closesAt,
      slotMinutes: slotMinutes!,
      slotCapacity: slotCapacity!,
      workingDays: workingDays!,
    },
  };
}
