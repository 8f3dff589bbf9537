import { formatDate, formatDateTime } from './format';
import type { Lang } from './i18n';
import { serverMessages } from './server-messages';

/** A message as the server sent it: its stable code (when it has one) and its text. */
export interface ServerMessage {
  code?: string | null;
  message: string;
}

const other = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');
const patterns = new Map<string, { regex: RegExp; names: string[] }>();

/** A template's `{placeholders}` as capture groups, so the values can be read back out of a message. */
function pattern(template: string): { regex: RegExp; names: string[] } {
  let found = patterns.get(template);
  if (found === undefined) {
    const names: string[] = [];
    const source = template
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return '(.*?)';
      })
      .join('');
    found = { regex: new RegExp(`^${source}$`, 's'), names };
    patterns.set(template, found);
  }
  return found;
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/**
 * Calendar dates and Riyadh times written into a server text (`2028-11-23`, `2026-12-06 09:30`)
 * formatted like every other date on screen.
 */
export function presentServerText(text: string, lang: Lang): string {
  return text
    .replace(/\b(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})\b/g, (_, day: string, time: string) => formatDateTime(`${day}T${time}:00+03:00`, lang))
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => formatDate(day, lang));
}

/**
 * A server message in the language on screen. The server answers in the language it was asked
 * in (the account's, or the one chosen on the registration form), and a message already on
 * screen stays in the language of its answer when the person switches: its code names the
 * server's template in both languages, so the values are read out of the received text and
 * written into the other language's template. Unknown codes and texts that do not follow their
 * template (an older server) are shown as received.
 */
export function presentServerMessage({ code, message }: ServerMessage, lang: Lang): string {
  const templates = code ? serverMessages[code] : undefined;
  if (!templates || pattern(templates[lang]).regex.test(message)) return presentServerText(message, lang);
  const { regex, names } = pattern(templates[other(lang)]);
  const match = regex.exec(message);
  if (!match) return presentServerText(message, lang);
  const params = Object.fromEntries(names.map((name, i) => [name, match[i + 1]]));
  return presentServerText(fill(templates[lang], params), lang);
}
