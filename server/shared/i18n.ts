import { registerEnumType } from 'type-graphql';

export enum Language {
  AR = 'AR',
  EN = 'EN',
}
registerEnumType(Language, {
  name: 'Language',
  description: 'A language the portal speaks. Arabic is the default.',
  valuesConfig: { AR: { description: 'Arabic (right to left); the default.' }, EN: { description: 'English.' } },
});

/** A text in both of the portal's languages. */
export interface Localized {
  ar: string;
  en: string;
}

export type Params = Record<string, string | number>;

/** How a placeholder may show its value: `{retryAfter:minutes}` shows seconds as whole minutes, rounded up. */
const FORMATS: Record<string, (value: string | number) => string> = {
  minutes: (seconds) => String(Math.max(1, Math.ceil(Number(seconds) / 60))),
};

/** A `{name}` or `{name:format}` placeholder of a message. */
export const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;

/**
 * What happens to a placeholder no parameter fills (a parameter passed under another name): in
 * production the person still reads the rest of the message; the test suite makes it fail.
 */
let onUnfilledPlaceholder: (key: string, template: string) => void = () => {};
export function whenPlaceholderUnfilled(handler: (key: string, template: string) => void): typeof handler {
  const before = onUnfilledPlaceholder;
  onUnfilledPlaceholder = handler;
  return before;
}

/**
 * Picks the language and fills `{name}` placeholders. A parameter keeps one name and one unit
 * everywhere (clients read it as data: `retryAfter` is always seconds); a message that reads
 * better in another unit says so in the placeholder (`{retryAfter:minutes}`).
 */
export function localize(text: Localized, lang: Language, params: Params = {}): string {
  const template = lang === Language.EN ? text.en : text.ar;
  return template.replace(PLACEHOLDER, (whole, key: string, format?: string) => {
    if (!(key in params)) {
      onUnfilledPlaceholder(key, template);
      return whole;
    }
    const show = format ? FORMATS[format] : String;
    if (!show) throw new Error(`unknown placeholder format ${format} in "${template}"`);
    return show(params[key]);
  });
}

/**
 * The language asked for by an `Accept-Language` header: the first of Arabic or English in the
 * order of preference the header gives, else Arabic.
 */
export function languageFromHeader(header: string | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())).find(Boolean);
      return { tag, q: q ? Number(q[1]) : 1 };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === 'ar' || tag.startsWith('ar-')) return Language.AR;
    if (tag === 'en' || tag.startsWith('en-')) return Language.EN;
  }
  return null;
}
