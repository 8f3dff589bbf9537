/**
 * Calendar arithmetic on `YYYY-MM-DD` days (the registry's dates), in UTC so that no time zone or
 * daylight saving shifts a day. "Today" is always the Kingdom's date (`riyadhDate`).
 */
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (d: Date) => d.toISOString().slice(0, 10);
const MS_PER_DAY = 86_400_000;

export function addDays(day: string, days: number): string {
  return toDay(new Date(toDate(day).getTime() + days * MS_PER_DAY));
}

/** Adds calendar months; the 31st of a month without one becomes the last day of that month. */
export function addMonths(day: string, months: number): string {
  const d = toDate(day);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return toDay(target);
}

export function addYears(day: string, years: number): string {
  return addMonths(day, years * 12);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / MS_PER_DAY);
}

export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

const HIJRI_YEAR = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', timeZone: 'UTC' });

/** The Umm al-Qura (Hijri) year a day falls in, e.g. 1448 for 2026-12-04: what yearly limits published in Hijri years count by. */
export function hijriYear(day: string): number {
  const year = HIJRI_YEAR.formatToParts(toDate(day)).find((p) => p.type === 'year')?.value;
  return Number(year);
}

const HIJRI_DATE = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });

/** A day in the Umm al-Qura (Hijri) calendar as YYYY-MM-DD (Latin digits), e.g. 1448-06-24 for 2026-12-04: what a card states beside the Gregorian date. */
export function hijriDate(day: string): string {
  const parts = HIJRI_DATE.formatToParts(toDate(day));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month').padStart(2, '0')}-${part('day').padStart(2, '0')}`;
}
