import type { Localized } from '../../shared/i18n';
import { defineErrors } from '../../shared/user-error';

/** Why an authorisation could not be given, accepted, declined or revoked, in both languages. */
export const authorisationMessages = {
  DELEGATE_ID_INVALID: { ar: 'أدخل رقم هوية أو إقامة صحيحاً من 10 أرقام.', en: 'Enter a valid 10-digit national ID or iqama number.' },
  SELF_AUTHORISATION: { ar: 'لا يمكنك تفويض نفسك.', en: 'You cannot authorise yourself.' },
  DELEGATE_NOT_REGISTERED: {
    ar: 'صاحب هذا الرقم غير مسجل في المنصة. يُفوَّض من له حساب فقط.',
    en: 'The holder of this number is not registered on the portal. Only someone with an account can be authorised.',
  },
  START_IN_PAST: { ar: 'يبدأ التفويض اليوم ({today}) أو بعده.', en: 'The authorisation starts today ({today}) or later.' },
  END_IN_PAST: { ar: 'ينتهي التفويض اليوم ({today}) أو بعده.', en: 'The authorisation ends today ({today}) or later.' },
  END_BEFORE_START: { ar: 'تاريخ الانتهاء قبل تاريخ البدء.', en: 'The end date is before the start date.' },
  TOO_LONG: { ar: 'أطول مدة للتفويض سنة واحدة: آخر يوم ممكن {latest}.', en: 'An authorisation runs at most one year: the latest last day is {latest}.' },
  SERVICES_EMPTY: { ar: 'اختر خدمة واحدة على الأقل.', en: 'Choose at least one service.' },
  SERVICE_NOT_DELEGABLE: { ar: 'لا يجوز التفويض في هذه الخدمات: {services}.', en: 'These services cannot be delegated: {services}.' },
  AUTHORISATION_NOT_FOUND: { ar: 'لم نجد هذا التفويض ضمن تفويضاتك.', en: 'This authorisation is not among yours.' },
  AUTHORISATION_CLOSED: {
    ar: 'هذا التفويض لم يعد قائماً (قُبل أو رُفض أو أُلغي أو انتهى).',
    en: 'This authorisation is no longer open (accepted, declined, revoked or expired).',
  },
} satisfies Record<string, Localized>;

export type AuthorisationErrorCode = keyof typeof authorisationMessages;
export const AuthorisationErrors = defineErrors('AuthorisationError', authorisationMessages, 'Why an authorisation could not be given, accepted, declined or revoked.');
export type AuthorisationError = ReturnType<typeof AuthorisationErrors.localize>[number];
