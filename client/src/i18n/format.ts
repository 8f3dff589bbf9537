import type { Lang } from './i18n';
import { translate } from './i18n';

/**
 * One digit policy per language: the portal writes every number — dates, times, amounts, counts,
 * identifiers — in Latin digits (0-9) in both languages, as Absher, SADAD and the ID card print
 * them, so that a bill number or an amount reads the same on screen, on the bill and in the bank's
 * app, and Arabic screens never mix ٤ with 4. Arabic-Indic digits are still accepted wherever
 * digits are typed (latinDigits below).
 */
const locales = { ar: 'ar-SA', en: 'en-GB' } as const;
const numbering = { numberingSystem: 'latn' } as const;

/**
 * Intl formatters, made once per locale and options: building one costs far more than formatting
 * with it (a list page formats a date or a count per row).
 */
const formatters = new Map<string, unknown>();
function memo<T>(key: string, make: () => T): T {
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as T;
}
const numberFormat = (locale: string, options: Intl.NumberFormatOptions) => memo(`n ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) => memo(`d ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

/** `YYYY-MM-DD` (a calendar date) or an ISO instant, as a Date at noon UTC / as is. */
function toDate(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

/**
 * A date in the Gregorian calendar followed by the Umm al-Qura (Hijri) date; with `weekday`, the
 * day of the week first (appointments).
 */
export function formatDate(value: string, lang: Lang, { weekday = false }: { weekday?: boolean } = {}): string {
  const date = toDate(value);
  const timeZone = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'UTC' : 'Asia/Riyadh';
  const gregorian = dateTimeFormat(locales[lang], {
    ...numbering,
    calendar: 'gregory',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: weekday ? 'long' : undefined,
    timeZone,
  }).format(date);
  const hijri = dateTimeFormat(lang === 'ar' ? 'ar-SA' : 'en-SA', { ...numbering, calendar: 'islamic-umalqura', dateStyle: 'long', timeZone }).format(date);
  return translate(lang, 'date.both', { gregorian, hijri });
}

/** A date and time (Riyadh time), Gregorian. */
export function formatDateTime(value: string, lang: Lang): string {
  return dateTimeFormat(locales[lang], { ...numbering, calendar: 'gregory', dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Riyadh' }).format(new Date(value));
}

/** A time of day in the Kingdom (offices and slots keep Riyadh time). */
export function formatTime(value: string, lang: Lang): string {
  return dateTimeFormat(locales[lang], { ...numbering, calendar: 'gregory', timeStyle: 'short', timeZone: 'Asia/Riyadh' }).format(new Date(value));
}

/** The calendar day (YYYY-MM-DD) of an instant in the Kingdom. */
export function riyadhDay(value: string): string {
  return dateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Riyadh' }).format(new Date(value));
}

/**
 * An amount in integer halalas as Saudi riyals, exactly as `Intl.NumberFormat` writes it in Latin
 * digits (ar-SA: "‏1,234.50 ر.س.‏", en-SA: "SAR 1,234.50"; format.test.tsx holds it to that), but
 * without Intl: a page's first use of Intl initialises the browser's ICU (30–50 ms on a slow
 * phone), and the catalogue and the log-in pages show fees and nothing else that needs it.
 */
export function formatSar(halalas: number, lang: Lang): string {
  const whole = Math.floor(Math.abs(halalas) / 100).toString();
  const amount = `${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${String(Math.abs(halalas) % 100).padStart(2, '0')}`;
  const negative = halalas < 0;
  // Intl's marks and no-break space: right-to-left mark around the Arabic amount, left-to-right before its minus.
  return lang === 'ar' ? `\u200f${negative ? '\u200e-' : ''}${amount}\u00a0ر.س.\u200f` : `${negative ? '-' : ''}SAR\u00a0${amount}`;
}

/** A whole number (a count) in the language's digits and grouping. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(locales[lang], numbering).format(value);
}

/** Seconds as m:ss. */
export function formatCountdown(seconds: number, lang: Lang): string {
  const s = Math.max(0, Math.ceil(seconds));
  return translate(lang, 'time.minSec', { min: Math.floor(s / 60), sec: String(s % 60).padStart(2, '0') });
}

/** A countdown of hours as hours, minutes and seconds (23:59:59), for the day-long offline copy. */
export function formatLongCountdown(seconds: number, lang: Lang): string {
  const s = Math.max(0, Math.ceil(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  return translate(lang, 'time.hourMinSec', { hour: Math.floor(s / 3600), min: two(Math.floor(s / 60) % 60), sec: two(s % 60) });
}

/**
 * A span of days as a person says it: exact under two months ("45 days"), then rounded to months
 * or years ("about 8 years", not "2950 days"). Plural forms (Arabic has six) are ICU's.
 */
export function formatDuration(days: number, lang: Lang): { text: string; approximate: boolean } {
  const unit = (value: number, name: 'day' | 'month' | 'year') => numberFormat(locales[lang], { ...numbering, style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const d = Math.abs(days);
  if (d < 60) return { text: unit(d, 'day'), approximate: false };
  if (d < 730) return { text: unit(Math.round(d / 30.44), 'month'), approximate: true };
  return { text: unit(Math.round(d / 365.25), 'year'), approximate: true };
}

/**
 * Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits as ASCII digits, spaces trimmed. The server
 * normalises too; doing it here keeps what is sent readable in logs of the person's own browser.
 */
export function latinDigits(value: string): string {
  return value.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10)).trim();
}
