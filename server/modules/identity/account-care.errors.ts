import type { Localized } from '../../shared/i18n';

/** Account-care failures beyond those registration and log-in share (identity.errors.ts). */
export const accountCareMessages = {
  CURRENT_PASSWORD_WRONG: {
    ar: 'كلمة المرور الحالية غير صحيحة.',
    en: 'The current password is wrong.',
  },
  REAUTHENTICATION_REQUIRED: {
    ar: 'لحماية حسابك، أكّد هويتك بكلمة المرور ورمز التحقق أولاً (صالح 10 دقائق)، ثم أعد المحاولة.',
    en: 'To protect your account, confirm it is you with your password and an SMS code first (valid for 10 minutes), then try again.',
  },
  SESSION_NOT_FOUND: {
    ar: 'هذه الجلسة غير موجودة أو انتهت.',
    en: 'This session does not exist or has already ended.',
  },
  SAME_MOBILE: {
    ar: 'هذا هو رقم الجوال المسجل حالياً.',
    en: 'This is already your registered mobile.',
  },
  SAME_EMAIL: {
    ar: 'هذا هو بريدك الإلكتروني الحالي.',
    en: 'This is already your e-mail address.',
  },
} satisfies Record<string, Localized>;

export type AccountCareErrorCode = keyof typeof accountCareMessages;
