import { Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { Cost } from './cost';
import { FieldError, UserInputError } from './errors';
import { Language, Localized, Params, PLACEHOLDER, localize } from './i18n';

/** The most values one refusal speaks of (messages use two at most; a test reads them all). */
export const MAX_MESSAGE_PARAMS = 4;

@ObjectType({ description: 'A value a refusal message speaks of (tries left, a date, a wait), for clients that word the message themselves.' })
export class MessageParam {
  @Field(() => String, {
    description:
      'Its name, the same in every module for the same thing, e.g. `triesLeft` (tries left), `retryAfter` (seconds to wait before trying again), `renewFrom` (the first day a renewal is possible), `violationNumber`, `plate`, `days`.',
  })
  name!: string;

  @Field(() => String, { description: 'Its value, as text (numbers in Latin digits, dates as YYYY-MM-DD).' })
  value!: string;
}

/**
 * What every refusal of an input has, whatever module refused it. Each module answers with its own
 * type (`IdentityError`, `RequestError`, …) that adds `code` from that module's own enum, so a client
 * knows from a payload's type which codes it can meet.
 */
@InterfaceType({ description: 'An input refused for an expected reason: where, why in words, and the values the words speak of.' })
export abstract class UserError {
  @Field(() => String, {
    nullable: true,
    description:
      "The input field the error is about (its name in the operation's input object), or null for the input as a whole. Registry verdicts that arrive at `verifyRegistration` name the `register` input's field (`nationalId`, `mobile`, `username`).",
  })
  field!: string | null;

  @Field(() => String, { description: "What went wrong and what to do, in the caller's language." })
  message!: string;

  @Cost({ listOf: MAX_MESSAGE_PARAMS })
  @Field(() => [MessageParam], { description: 'The values the message speaks of, so a client can word it itself.' })
  params!: MessageParam[];
}

type Refusal<Code extends string> = UserError & { code: Code };

/** Every module's refusals, as they are defined (for tools: the web client's copy of the messages). */
export const definedErrors: { name: string; messages: Readonly<Record<string, Localized>> }[] = [];

export interface ModuleErrors<Code extends string> {
  /** The GraphQL object type of this module's refusals (for payloads' `errors`). */
  readonly type: new () => Refusal<Code>;
  readonly messages: Readonly<Record<Code, Localized>>;
  /** Refuses the action: one field, one code (services collect several with `FieldErrors`). */
  refuse(field: string, code: Code, params?: Params): never;
  /** The refusals in `lang`; a code that is not this module's is a bug, raised as such (and masked). */
  localize(errors: readonly FieldError[], lang: Language): Refusal<Code>[];
  /**
   * Runs a user action for a payload-returning mutation: its result with `errors: []` (or the refusals it answers with itself), or, when it
   * was refused, only the localised `errors`. Anything else is a bug and propagates (masked).
   */
  attempt<T extends object>(lang: Language, action: () => Promise<T>): Promise<Partial<T> & { errors: Refusal<Code>[] }>;
}

/**
 * A module's refusals: the enum of its codes (`<Name>Code`), each described by its English message,
 * and its object type implementing `UserError`. The messages are the module's, in both languages;
 * a code without both translations does not compile.
 */
export function defineErrors<const M extends Record<string, Localized>>(name: string, messages: M, description: string): ModuleErrors<Extract<keyof M, string>> {
  type Code = Extract<keyof M, string>;
  definedErrors.push({ name, messages });
  const codes = Object.fromEntries(Object.keys(messages).map((code) => [code, code])) as Record<Code, Code>;
  registerEnumType(codes, {
    name: `${name}Code`,
    description: `Why the ${name.replace(/Error$/, '').toLowerCase()} module refused an input. Stable: clients may branch on it; the message is for people.`,
    valuesConfig: Object.fromEntries(Object.entries(messages).map(([code, text]) => [code, { description: text.en.replace(PLACEHOLDER, 'N') }])) as Record<Code, { description: string }>,
  });

  @ObjectType(name, { implements: UserError, description })
  class ModuleError extends UserError {
    @Field(() => codes, { description: 'A stable, machine-readable reason.' })
    code!: Code;
  }

  const known = (code: string): code is Code => Object.prototype.hasOwnProperty.call(messages, code);
  const localizeAll = (errors: readonly FieldError[], lang: Language): Refusal<Code>[] =>
    errors.map((e) => {
      if (!known(e.code)) throw new Error(`${name} cannot answer the code ${e.code}: add it to the module's messages`);
      return {
        field: e.field || null,
        code: e.code,
        message: localize(messages[e.code], lang, e.params),
        params: Object.entries(e.params ?? {}).map(([paramName, value]) => ({ name: paramName, value: String(value) })),
      };
    });

  return {
    type: ModuleError,
    messages,
    refuse(field, code, params) {
      throw new UserInputError([{ field, code, params }]);
    },
    localize: localizeAll,
    async attempt<T extends object>(lang: Language, action: () => Promise<T>) {
      try {
        // An action may answer with refusals of its own beside what it did (a refusal kept on record).
        return { errors: [] as Refusal<Code>[], ...(await action()) };
      } catch (error) {
        if (error instanceof UserInputError) return { errors: localizeAll(error.errors, lang) } as Partial<T> & { errors: Refusal<Code>[] };
        throw error;
      }
    },
  };
}
