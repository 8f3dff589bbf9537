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

/** Picks the language and fills `{name}` placeholders. */
export function localize(text: Localized, lang: Language, params: Params = {}): string {
  const template = lang === Language.EN ? text.en : text.ar;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
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
