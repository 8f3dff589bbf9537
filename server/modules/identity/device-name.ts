import { Language, type Localized, localize } from '../../shared/i18n';

/**
 * A readable name for the device of a session, from its User-Agent: "Chrome on Linux", «كروم على
 * لينكس». A few ordered patterns rather than a parser library: the sessions list only needs the
 * browser's family and the operating system, and the well-known parsers are either AGPL
 * (`ua-parser-js` 2.x) or far larger than these lines. Order matters: browsers built on Chromium
 * also say "Chrome" and "Safari", and iPhones and Android phones also say "like Mac OS X" and "Linux".
 */
const BROWSERS: readonly { test: RegExp; name: Localized }[] = [
  { test: /\bEdg(?:e|A|iOS)?\//, name: { en: 'Edge', ar: 'إيدج' } },
  { test: /\b(?:OPR|Opera|OPT)\//, name: { en: 'Opera', ar: 'أوبرا' } },
  { test: /\bSamsungBrowser\//, name: { en: 'Samsung Internet', ar: 'سامسونج إنترنت' } },
  { test: /\b(?:Firefox|FxiOS)\//, name: { en: 'Firefox', ar: 'فايرفوكس' } },
  { test: /\bChromium\//, name: { en: 'Chromium', ar: 'كروميوم' } },
  { test: /(?:\b|Headless)(?:Chrome|CriOS)\//, name: { en: 'Chrome', ar: 'كروم' } },
  { test: /\bVersion\/[\d.]+.*\bSafari\//, name: { en: 'Safari', ar: 'سفاري' } },
];

const SYSTEMS: readonly { test: RegExp; name: Localized }[] = [
  { test: /\b(?:iPhone|iPad|iPod)\b/, name: { en: 'iOS', ar: 'آي أو إس' } },
  { test: /\bAndroid\b/, name: { en: 'Android', ar: 'أندرويد' } },
  { test: /\bCrOS\b/, name: { en: 'ChromeOS', ar: 'كروم أو إس' } },
  { test: /\bWindows\b/, name: { en: 'Windows', ar: 'ويندوز' } },
  { test: /\bMac OS X\b|\bMacintosh\b/, name: { en: 'macOS', ar: 'ماك أو إس' } },
  { test: /\bLinux\b|\bX11\b/, name: { en: 'Linux', ar: 'لينكس' } },
];

const UNKNOWN: Localized = { en: 'Unknown device', ar: 'جهاز غير معروف' };
const BROWSER_ON_SYSTEM: Localized = { en: '{browser} on {system}', ar: '{browser} على {system}' };
const SOME_BROWSER_ON_SYSTEM: Localized = { en: 'A browser on {system}', ar: 'متصفح على {system}' };

/** The browser family and operating system a User-Agent names, each null when it names none we know. */
export function parseUserAgent(userAgent: string | null | undefined): { browser: Localized | null; system: Localized | null } {
  const ua = userAgent ?? '';
  return { browser: BROWSERS.find((b) => b.test.test(ua))?.name ?? null, system: SYSTEMS.find((s) => s.test.test(ua))?.name ?? null };
}

/** The device in words, in `lang`. */
export function deviceName(userAgent: string | null | undefined, lang: Language): string {
  const { browser, system } = parseUserAgent(userAgent);
  if (browser && system) return localize(BROWSER_ON_SYSTEM, lang, { browser: localize(browser, lang), system: localize(system, lang) });
  if (browser) return localize(browser, lang);
  if (system) return localize(SOME_BROWSER_ON_SYSTEM, lang, { system: localize(system, lang) });
  return localize(UNKNOWN, lang);
}
