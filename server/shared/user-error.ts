import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { appointmentMessages } from '../modules/appointments/appointments.errors';
import { accountCareMessages } from '../modules/identity/account-care.errors';
import { identityMessages } from '../modules/identity/identity.errors';
import { notificationMessages } from '../modules/notifications/notifications.errors';
import { paymentMessages } from '../modules/payments/payments.errors';
import { requestMessages } from '../modules/requests/requests.errors';
import { ssoMessages } from '../modules/sso/sso.errors';
import { FieldError, UserInputError } from './errors';
import { Language, localize } from './i18n';

/**
 * The messages of every module, merged: the one place a new module's codes join the
 * `UserErrorCode` enum. A code without both translations does not compile.
 */
const messages = { ...identityMessages, ...accountCareMessages, ...notificationMessages, ...requestMessages, ...paymentMessages, ...appointmentMessages, ...ssoMessages };

export type UserErrorCode = keyof typeof messages;
export const UserErrorCode = Object.fromEntries(Object.keys(messages).map((code) => [code, code])) as {
  [C in UserErrorCode]: C;
};
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why an input was refused. Stable: clients may branch on it; the message is for people.',
  valuesConfig: Object.fromEntries(
    Object.entries(messages).map(([code, text]) => [code, { description: text.en.replace(/\{\w+\}/g, 'N') }]),
  ) as Record<UserErrorCode, { description: string }>,
});

@ObjectType({ description: 'An input refused for an expected reason: what is wrong, where, and what to do.' })
export class UserError {
  @Field(() => String, {
    nullable: true,
    description: 'The input field the error is about (its name in the input object), or null for the input as a whole.',
  })
  field!: string | null;

  @Field(() => UserErrorCode, { description: 'A stable, machine-readable reason.' })
  code!: UserErrorCode;

  @Field(() => String, { description: "What went wrong and what to do, in the caller's language." })
  message!: string;
}

export function toUserErrors(errors: readonly FieldError[], lang: Language): UserError[] {
  return errors.map((e) => ({
    field: e.field || null,
    code: e.code as UserErrorCode,
    message: localize(messages[e.code as UserErrorCode], lang, e.params),
  }));
}

/**
 * Runs a user action for a payload-returning mutation: its result with `errors: []`, or, when it
 * was refused, only the localised `errors`. Anything else is a bug and propagates (masked).
 */
export async function attempt<T extends object>(lang: Language, action: () => Promise<T>): Promise<Partial<T> & { errors: UserError[] }> {
  try {
    return { ...(await action()), errors: [] };
  } catch (error) {
    if (error instanceof UserInputError) return { errors: toUserErrors(error.errors, lang) } as Partial<T> & { errors: UserError[] };
    throw error;
  }
}
