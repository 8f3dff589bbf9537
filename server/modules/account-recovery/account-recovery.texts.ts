import type { Localized } from '../../shared/i18n';

/** What the person is told when the account is recovered, in both languages. */
export const accountRecoveryTexts = {
  /** To the lost number: whoever holds it now learns nothing but that the account moved away from it. */
  RECOVERED_OLD_MOBILE: {
    ar: 'استُعيد حسابك في أبشر وربط برقم جوال جديد ({mobile}) وأُنهيت جميع الجلسات. إن لم تكن أنت فراجع أقرب مكتب للأحوال المدنية فوراً.',
    en: 'Your Absher account was recovered and linked to a new mobile ({mobile}); every session was ended. If this was not you, visit a civil affairs office now.',
  },
  RECOVERED_EMAIL_SUBJECT: {
    ar: 'أبشر: استُعيد حسابك برقم جوال جديد',
    en: 'Absher: your account was recovered with a new mobile',
  },
  RECOVERED_EMAIL_BODY: {
    ar: 'استُعيد حسابك في أبشر بعد فقدان الجوال ({via})، وأصبح رقم الجوال المسجل {mobile}. أُنهيت جميع الجلسات المفتوحة؛ سجّل الدخول من جديد.\n\nإن لم تكن أنت فراجع أقرب مكتب للأحوال المدنية فوراً ومعك هويتك.',
    en: 'Your Absher account was recovered after a lost phone ({via}), and its registered mobile is now {mobile}. Every open session was ended; log in again.\n\nIf this was not you, visit a civil affairs office now with your ID card.',
  },
  VIA_SSO: { ar: 'بالتحقق عبر النفاذ الوطني الموحد', en: 'proved through national single sign-on' },
  VIA_OFFICE: { ar: 'بالتحقق الحضوري في أحد المكاتب', en: 'proved in person at an office' },
} satisfies Record<string, Localized>;
