import type { Lang } from './i18n';
import { translate } from './i18n';

const locales = { ar: 'ar-SA', en: 'en-GB' } as const;

/** `YYYY-MM-DD` (a calendar date) or an ISO instant, as a Date at noon UTC / as is. */
function toDate(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}

/** A date in the Gregorian calendar followed by the Umm al-Qura (Hijri) date. */
export function formatDate(value: string, lang: Lang): string {
  const date = toDate(value);
  const timeZone = /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'UTC' : 'Asia/Riyadh';
  const gregorian = new Intl.DateTimeFormat(`${locales[lang]}-u-ca-gregory`, { dateStyle: 'long', timeZone }).format(date);
  const hijri = new Intl.DateTimeFormat(`${lang === 'ar' ? 'ar-SA' : 'en-SA'}-u-ca-islamic-umalqura`, { dateStyle: 'long', timeZone }).format(date);
  return translate(lang, 'date.both', { gregorian, hijri });
}

/** A date and time (Riyadh time), Gregorian. */
export function formatDateTime(value: string, lang: Lang): string {
  return new Intl.DateTimeFormat(`${locales[lang]}-u-ca-gregory`, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Riyadh' }).format(new Date(value));
}

/** A time of day in the Kingdom (offices and slots keep Riyadh time). */
export function formatTime(value: string, lang: Lang): string {
  return new Intl.DateTimeFormat(`${locales[lang]}-u-ca-gregory`, { timeStyle: 'short', timeZone: 'Asia/Riyadh' }).format(new Date(value));
}

/** The calendar day (YYYY-MM-DD) of an instant in the Kingdom. */
export function riyadhDay(value: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Riyadh' }).format(new Date(value));
}

/** An amount in integer halalas as Saudi riyals. */
export function formatSar(halalas: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'ar' ? 'ar-SA' : 'en-SA', { style: 'currency', currency: 'SAR' }).format(halalas / 100);
}

/** Seconds as m:ss. */
export function formatCountdown(seconds: number, lang: Lang): string {
  const s = Math.max(0, Math.ceil(seconds));
  return translate(lang, 'time.minSec', { min: Math.floor(s / 60), sec: String(s % 60).padStart(2, '0') });
}

/**
 * Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits as ASCII digits, spaces trimmed. The server
 * normalises too; doing it here keeps what is sent readable in logs of the person's own browser.
 */
export function latinDigits(value: string): string {
  return value.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10)).trim();
}
