import { GraphQLError } from 'graphql';
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
}

const requestErrorMessages: Record<ErrorCode, Localized> = {
  UNAUTHENTICATED: {
    ar: 'يلزم تسجيل الدخول للوصول إلى هذه الخدمة.',
    en: 'You need to log in to use this service.',
  },
  FORBIDDEN: { ar: 'ليس لديك صلاحية لهذا الإجراء.', en: 'You are not allowed to do this.' },
  RATE_LIMITED: {
    ar: 'محاولات كثيرة. حاول مرة أخرى بعد {seconds} ثانية.',
    en: 'Too many attempts. Try again in {seconds} seconds.',
  },
  BAD_USER_INPUT: { ar: 'الطلب غير صالح.', en: 'The request is not valid.' },
  NOT_ENABLED: { ar: 'هذه الخدمة غير مفعلة على هذا الخادم.', en: 'This is not enabled on this server.' },
};

/** A deliberate GraphQL error, with its code in `extensions.code` and a message in `lang`. */
export function requestError(code: ErrorCode, lang: Language, params: Params = {}, extra: Record<string, unknown> = {}) {
  // `http.status` matters only when the error is raised outside a resolver (plugins), where Apollo
  // would otherwise answer 500; Apollo strips it from the body.
  return new GraphQLError(localize(requestErrorMessages[code], lang, params), {
    extensions: { code, ...extra, http: { status: 200 } },
  });
}
