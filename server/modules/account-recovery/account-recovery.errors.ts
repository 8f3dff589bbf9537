import type { Localized } from '../../shared/i18n';
import { defineErrors } from '../../shared/user-error';
import { accountCareMessages, identityMessages } from '../identity';

/** Refusals of account recovery after a lost phone, beyond the identity rules it shares. */
export const accountRecoveryMessages = {
  RECOVERY_CODE_INVALID: {
    // The same words whether the ID has no account, no code was issued, or the code is wrong, used or
    // expired: the answer must not tell who has an account.
    ar: 'تعذّر التحقق من رقم الهوية ورمز الاستعادة معاً. تأكد منهما، أو اطلب رمزاً جديداً من مكتب الأحوال المدنية أو الجوازات.',
    en: 'The national ID and recovery code could not be confirmed together. Check both, or ask a civil affairs or passports office for a new code.',
  },
  SSO_PROOF_INVALID: {
    ar: 'انتهت صلاحية التحقق عبر النفاذ الوطني الموحد أو لم يعد صالحاً. ابدأ استعادة الحساب من جديد.',
    en: 'Your national single sign-on check has expired or is no longer valid. Start the account recovery again.',
  },
  NO_ACCOUNT: {
    ar: 'لا يوجد حساب في أبشر لهويتك التي تحققت منها عبر النفاذ الوطني. يمكنك التسجيل بدلاً من ذلك.',
    en: 'There is no Absher account for the ID you proved through national single sign-on. You can register instead.',
  },
  SSO_RECOVERY_DISABLED: {
    ar: 'الاستعادة عبر النفاذ الوطني الموحد غير متاحة في هذه البوابة. راجع مكتب الأحوال المدنية أو الجوازات.',
    en: 'Recovery through national single sign-on is not available on this portal. Visit a civil affairs or passports office.',
  },
  SAME_MOBILE: accountCareMessages.SAME_MOBILE,
} satisfies Record<string, Localized>;

export type AccountRecoveryErrorCode = keyof typeof accountRecoveryMessages;

export const AccountRecoveryErrors = defineErrors(
  'AccountRecoveryError',
  {
    ...accountRecoveryMessages,
    INVALID_NATIONAL_ID: identityMessages.INVALID_NATIONAL_ID,
    MOBILE_INVALID: identityMessages.MOBILE_INVALID,
    MOBILE_NOT_LINKED: identityMessages.MOBILE_NOT_LINKED,
    CODE_INVALID: identityMessages.CODE_INVALID,
    CODE_EXPIRED: identityMessages.CODE_EXPIRED,
    TOO_MANY_ATTEMPTS: identityMessages.TOO_MANY_ATTEMPTS,
    CODE_STEP_LOCKED: identityMessages.CODE_STEP_LOCKED,
    CHALLENGE_NOT_FOUND: identityMessages.CHALLENGE_NOT_FOUND,
  },
  'Why a step of recovering an account after losing its phone was refused.',
);
export type AccountRecoveryError = ReturnType<typeof AccountRecoveryErrors.localize>[number];
