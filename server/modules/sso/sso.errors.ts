import { defineErrors } from '../../shared/user-error';
import { accountCareMessages, identityMessages } from '../identity';
import type { Localized } from '../../shared/i18n';

/** Failures of the SSO short registration, linking and unlinking. */
export const ssoMessages = {
  SSO_TOKEN_INVALID: {
    ar: 'انتهت صلاحية الدخول عبر النفاذ الوطني الموحد أو لم يعد صالحاً. ابدأ الدخول عبر النفاذ الوطني من جديد.',
    en: 'Your national single sign-on step has expired or is no longer valid. Start the national single sign-on again.',
  },
  SSO_DISABLED: {
    ar: 'الدخول عبر النفاذ الوطني الموحد غير متاح في هذه البوابة.',
    en: 'National single sign-on is not available on this portal.',
  },
  SSO_NOT_LINKED: {
    ar: 'حسابك غير مرتبط بالنفاذ الوطني الموحد.',
    en: 'Your account is not linked to national single sign-on.',
  },
} satisfies Record<string, Localized>;

export type SsoErrorCode = keyof typeof ssoMessages;

/** The SSO operations' refusals: their own, and the identity rules the short registration and linking share. */
export const SsoErrors = defineErrors(
  'SsoError',
  {
    ...ssoMessages,
    USERNAME_INVALID: identityMessages.USERNAME_INVALID,
    USERNAME_TAKEN: identityMessages.USERNAME_TAKEN,
    EMAIL_INVALID: identityMessages.EMAIL_INVALID,
    EMAIL_MISMATCH: identityMessages.EMAIL_MISMATCH,
    TERMS_NOT_ACCEPTED: identityMessages.TERMS_NOT_ACCEPTED,
    CURRENT_PASSWORD_WRONG: accountCareMessages.CURRENT_PASSWORD_WRONG,
    REAUTHENTICATION_REQUIRED: accountCareMessages.REAUTHENTICATION_REQUIRED,
  },
  'Why a national single sign-on step (short registration, linking, unlinking) was refused.',
);
export type SsoError = ReturnType<typeof SsoErrors.localize>[number];

/** Why a callback from the provider signed nobody in; each has a page (sso.pages.ts). */
export enum SsoFailure {
  /** No or unreadable transaction cookie: the flow was not started here, or took too long. */
  TRANSACTION_MISSING = 'TRANSACTION_MISSING',
  STATE_MISMATCH = 'STATE_MISMATCH',
  /** The provider answered with an error (e.g. the person cancelled). */
  PROVIDER_REFUSED = 'PROVIDER_REFUSED',
  /** Code exchange or ID token refused: replayed code, nonce, signature, audience, issuer, expiry. */
  TOKEN_REJECTED = 'TOKEN_REJECTED',
  CLAIM_MISSING = 'CLAIM_MISSING',
  NOT_IN_REGISTRY = 'NOT_IN_REGISTRY',
  DECEASED = 'DECEASED',
  UNDER_AGE = 'UNDER_AGE',
  /** The provider could not be reached (discovery, token endpoint). */
  UNAVAILABLE = 'UNAVAILABLE',
  /** Too many callbacks from this address (shares the log-in limit per address). */
  RATE_LIMITED = 'RATE_LIMITED',
}
