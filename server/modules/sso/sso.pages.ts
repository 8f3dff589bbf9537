import { Language, Localized, languageFromHeader } from '../../shared/i18n';
import { SsoFailure } from './sso.errors';

/** What each refused callback tells the person, and what to do next, in both languages. */
export const ssoFailureTexts = {
  [SsoFailure.TRANSACTION_MISSING]: {
    ar: 'انتهت مهلة الدخول عبر النفاذ الوطني الموحد أو بدأ من نافذة أخرى. ابدأ الدخول من جديد.',
    en: 'The national single sign-on took too long or was started in another window. Please start again.',
  },
  [SsoFailure.STATE_MISMATCH]: {
    ar: 'تعذر التحقق من أن هذا الرد يخص طلب الدخول الذي بدأته. لم يتم تسجيل دخول أحد. ابدأ الدخول من جديد.',
    en: 'We could not confirm that this answer belongs to the sign-in you started. Nobody was signed in. Please start again.',
  },
  [SsoFailure.PROVIDER_REFUSED]: {
    ar: 'لم يكتمل الدخول لدى النفاذ الوطني الموحد (ربما تم إلغاؤه). يمكنك المحاولة مرة أخرى أو الدخول باسم المستخدم وكلمة المرور.',
    en: 'The sign-in at the national single sign-on was not completed (it may have been cancelled). Try again, or log in with your user name and password.',
  },
  [SsoFailure.TOKEN_REJECTED]: {
    ar: 'رفضنا رد النفاذ الوطني الموحد لأنه لم يجتز التحقق الأمني (قد يكون مستخدماً من قبل أو منتهي الصلاحية). لم يتم تسجيل دخول أحد. ابدأ الدخول من جديد.',
    en: 'We refused the answer from the national single sign-on because it failed a security check (it may have been used already or have expired). Nobody was signed in. Please start again.',
  },
  [SsoFailure.CLAIM_MISSING]: {
    ar: 'لم يرسل النفاذ الوطني الموحد رقم هوية صالحاً. سجل الدخول باسم المستخدم وكلمة المرور.',
    en: 'The national single sign-on did not send a valid ID number. Please log in with your user name and password.',
  },
  [SsoFailure.NOT_IN_REGISTRY]: {
    ar: 'لم نجد رقم الهوية هذا في السجل المدني. راجع الأحوال المدنية أو الجوازات.',
    en: 'This ID number is not in the civil registry. Please visit Civil Affairs or Passports.',
  },
  [SsoFailure.DECEASED]: {
    ar: 'لا يمكن استخدام البوابة بهذا الرقم. راجع الأحوال المدنية.',
    en: 'The portal cannot be used with this number. Please contact Civil Affairs.',
  },
  [SsoFailure.UNDER_AGE]: {
    ar: 'يجب أن يكون عمرك 17 سنة على الأقل لاستخدام البوابة. يمكن لرب الأسرة خدمتك من حسابه.',
    en: 'You must be at least 17 years old to use the portal. Your head of family can serve you from their account.',
  },
  [SsoFailure.UNAVAILABLE]: {
    ar: 'خدمة النفاذ الوطني الموحد غير متاحة حالياً. حاول لاحقاً أو سجل الدخول باسم المستخدم وكلمة المرور.',
    en: 'The national single sign-on is not available right now. Try later, or log in with your user name and password.',
  },
  [SsoFailure.RATE_LIMITED]: {
    ar: 'محاولات دخول كثيرة من هذا الجهاز. انتظر بضع دقائق ثم حاول مرة أخرى.',
    en: 'Too many sign-in attempts from this device. Wait a few minutes, then try again.',
  },
} satisfies Record<SsoFailure, Localized>;

const PAGE_TEXTS = {
  title: { ar: 'تعذر الدخول عبر النفاذ الوطني الموحد', en: 'National single sign-on failed' },
  back: { ar: 'العودة إلى تسجيل الدخول', en: 'Back to log-in' },
} satisfies Record<string, Localized>;

/** The page's language: the `lang` cookie the client sets, else `Accept-Language`, else Arabic. */
export function pageLanguage(langCookie: string | undefined, acceptLanguage: string | undefined): Language {
  const cookie = langCookie?.trim().toLowerCase();
  if (cookie === 'ar') return Language.AR;
  if (cookie === 'en') return Language.EN;
  return languageFromHeader(acceptLanguage) ?? Language.AR;
}

/**
 * A self-contained page (no script, so the strict CSP holds) in the person's language with the
 * other language below it: someone who cannot read the first still learns what happened.
 */
export function failurePage(failure: SsoFailure, lang: Language): string {
  const order = lang === Language.EN ? (['en', 'ar'] as const) : (['ar', 'en'] as const);
  const text = ssoFailureTexts[failure];
  const sections = order
    .map(
      (l) => `<section lang="${l}" dir="${l === 'ar' ? 'rtl' : 'ltr'}">
  <h1>${PAGE_TEXTS.title[l]}</h1>
  <p>${text[l]}</p>
  <p><a href="/">${PAGE_TEXTS.back[l]}</a></p>
</section>`,
    )
    .join('\n<hr>\n');
  return `<!doctype html>
<html lang="${order[0]}" dir="${order[0] === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${PAGE_TEXTS.title[order[0]]} — Absher</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6}h1{font-size:1.4rem}a{color:#00693c}</style>
</head>
<body data-sso-failure="${failure}">
${sections}
</body>
</html>
`;
}
