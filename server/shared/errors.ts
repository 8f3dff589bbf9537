import { GraphQLError } from 'graphql';
import type { AuthFailure } from './context';
import { Language, Localized, Params, localize } from './i18n';

/**
 * An expected failure of a user's action, addressed to one input field. Services throw
 * `UserInputError` with one or more of these; the transaction around the action rolls back and
 * the resolver returns them in the payload's `errors`, localised.
 */
export interface FieldError<Code extends string = string> {
  field: string;
  code: Code;
  params?: Params;
}

export class UserInputError<Code extends string = string> extends Error {
  constructor(readonly errors: FieldError<Code>[]) {
    super(`user input rejected: ${errors.map((e) => `${e.field}:${e.code}`).join(', ')}`);
  }
}

/** Collects field errors while a whole input is checked, so a person sees every problem at once. */
export class FieldErrors<Code extends string = string> {
  readonly list: FieldError<Code>[] = [];
  add(field: string, code: Code, params?: Params): void {
    if (!this.list.some((e) => e.field === field)) this.list.push({ field, code, params });
  }
  has(field: string): boolean {
    return this.list.some((e) => e.field === field);
  }
  throwIfAny(): void {
    if (this.list.length) throw new UserInputError(this.list);
  }
}

/** The `extensions.code` values of GraphQL errors this API raises on purpose. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  RATE_LIMITED = 'RATE_LIMITED',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_ENABLED = 'NOT_ENABLED',
  /** The operation costs more than one operation may (`extensions.requested`, `extensions.maximum`). */
  COST_EXCEEDED = 'COST_EXCEEDED',
}

const requestErrorMessages: Record<ErrorCode, Localized> = {
  UNAUTHENTICATED: {
    ar: 'يلزم تسجيل الدخول للوصول إلى هذه الخدمة.',
    en: 'You need to log in to use this service.',
  },
  FORBIDDEN: { ar: 'ليس لديك صلاحية لهذا الإجراء.', en: 'You are not allowed to do this.' },
  RATE_LIMITED: {
    ar: 'محاولات كثيرة. حاول مرة أخرى بعد {retryAfter} ثانية.',
    en: 'Too many attempts. Try again in {retryAfter} seconds.',
  },
  BAD_USER_INPUT: { ar: 'الطلب غير صالح.', en: 'The request is not valid.' },
  NOT_ENABLED: { ar: 'هذه الخدمة غير مفعلة على هذا الخادم.', en: 'This is not enabled on this server.' },
  COST_EXCEEDED: {
    ar: 'هذا الطلب يطلب الكثير دفعة واحدة: كلفته {requested} نقطة والحد الأعلى {maximum} نقطة. اطلب عناصر أقل (قيمة first أصغر) أو حقولاً أقل، أو قسّمه إلى عدة طلبات.',
    en: 'This request asks for too much at once: it costs {requested} points and at most {maximum} are allowed. Ask for fewer items (a smaller `first`) or fewer fields, or split it into several requests.',
  },
};

/** A deliberate GraphQL error, with its code in `extensions.code` and a message in `lang`. */
export function requestError(code: ErrorCode, lang: Language, params: Params = {}, extra: Record<string, unknown> = {}) {
  // `http.status` matters only when the error is raised outside a resolver (plugins), where Apollo
  // would otherwise answer 500; Apollo strips it from the body. A refusal of the request as a whole
  // (COST_EXCEEDED) passes its own.
  return new GraphQLError(localize(requestErrorMessages[code], lang, params), {
    extensions: { code, http: { status: 200 }, ...extra },
  });
}

/** What a person reads when their sign-in no longer counts, by why (`extensions.reason`). */
const unauthenticatedMessages: Record<AuthFailure, Localized> = {
  TOKEN_EXPIRED: { ar: 'انتهت صلاحية تسجيل الدخول. سجّل الدخول مرة أخرى.', en: 'Your sign-in has expired. Please log in again.' },
  TOKEN_INVALID: { ar: 'تعذّر التحقق من تسجيل الدخول. سجّل الدخول مرة أخرى.', en: 'Your sign-in could not be verified. Please log in again.' },
  SESSION_ENDED: { ar: 'انتهت الجلسة. سجّل الدخول مرة أخرى.', en: 'Your session has ended. Please log in again.' },
};

/**
 * `UNAUTHENTICATED`: with no token, "log in"; with a token that made nobody signed in, why, in
 * `extensions.reason` (the operation guard adds the matching `WWW-Authenticate` header).
 */
export function unauthenticated(lang: Language, failure: AuthFailure | null): GraphQLError {
  if (!failure) return requestError(ErrorCode.UNAUTHENTICATED, lang);
  return new GraphQLError(localize(unauthenticatedMessages[failure], lang), {
    extensions: { code: ErrorCode.UNAUTHENTICATED, reason: failure, http: { status: 200 } },
  });
}
