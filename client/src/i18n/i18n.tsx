import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ar, type MessageKey } from './ar';
import { en } from './en';

export type Lang = 'ar' | 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const catalogues = { ar, en };
/** The language the API calls are made in (Accept-Language), kept outside React for the fetcher. */
let currentLang: Lang = 'ar';
export const apiLanguage = (): Lang => currentLang;

/**
 * The chosen language lives in the `lang` cookie, which the server reads too: it serves the page
 * with `<html lang>` already set from it (server/http/portal-shell.ts, `data-session` marks such a
 * page), and its own pages (the single sign-on's errors) speak it. Read from the element, not from
 * `document.cookie` or localStorage, each a synchronous trip to the browser's cookie or storage
 * service (tens of milliseconds on a slow phone) before anything is shown. A page served by
 * something else (Vite's development server) reads the cookie.
 */
export function storedLanguage(): Lang {
  const html = document.documentElement;
  const lang = html.dataset.session !== undefined ? html.lang : /(?:^|;\s*)lang=(en|ar)(?:;|$)/.exec(document.cookie)?.[1];
  return lang === 'en' ? 'en' : 'ar';
}

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text: string = catalogues[lang][key];
  return params ? text.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all)) : text;
}

interface I18n {
  lang: Lang;
  dir: 'rtl' | 'ltr';
  t: Translate;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? storedLanguage());
  currentLang = lang;
  const setLang = useCallback((next: Lang) => {
    document.cookie = `lang=${next}; Path=/; Max-Age=31536000; SameSite=Lax`;
    setLangState(next);
  }, []);
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.lang = lang;
    html.dir = lang === 'ar' ? 'rtl' : 'ltr';
    document.title = translate(lang, 'app.name');
  }, [lang]);
  const value = useMemo<I18n>(() => ({ lang, dir: lang === 'ar' ? 'rtl' : 'ltr', t: (key, params) => translate(lang, key, params), setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** The server's Language enum for a UI language, and back. */
export const toApiLanguage = (lang: Lang): 'AR' | 'EN' => (lang === 'ar' ? 'AR' : 'EN');
export const fromApiLanguage = (lang: 'AR' | 'EN'): Lang => (lang === 'EN' ? 'en' : 'ar');

/**
 * Names, descriptions and messages come from the server in the caller's language: when the
 * language changes, the queries on screen are asked again.
 */
export function RefetchOnLanguageChange() {
  const { lang } = useI18n();
  const client = useApolloClient();
  const previous = useRef(lang);
  useEffect(() => {
    if (previous.current === lang) return;
    previous.current = lang;
    void client.refetchQueries({ include: 'active' });
  }, [lang, client]);
  return null;
}

/**
 * The server answers in the account's language; records that carry both languages (names,
 * descriptions, notification texts) are shown in the language on screen instead.
 */
export const inLang = (lang: Lang, ar: string, en: string): string => (lang === 'ar' ? ar : en);
