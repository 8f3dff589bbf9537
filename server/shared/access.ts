import type { GraphQLField, GraphQLSchema } from 'graphql';
import { createParameterDecorator, Extensions } from 'type-graphql';
import type { Actor as SignedInActor, Context } from './context';
import { unauthenticated } from './errors';

/**
 * Who may call a root operation, declared on the operation itself:
 * - `anyone`: no session needed (what a visitor sees; the first steps of registration and log-in);
 * - `signedIn`: a live session; the resolver receives the caller with `@Actor()`.
 * An operation without a declaration is refused to everyone (default deny); the app refuses to
 * start when one exists, and a test walks the schema.
 */
export type Audience = 'anyone' | 'signedIn';

export interface AccessDeclaration {
  who: Audience;
  /** Rate-limit buckets (modules/security) one point of which each call spends per client address, before it runs. */
  spends: readonly string[];
  /**
   * Tries a secret (password, code, token) or sends an SMS: an operation may hold at most one such
   * field, so aliases cannot multiply guesses within one request.
   */
  triesSecret: boolean;
}

const ACCESS = 'access';

/** Declares who may call this query or mutation, and what each call spends. */
export function Access(who: Audience, options: { spends?: readonly string[]; triesSecret?: boolean } = {}): MethodDecorator {
  const declaration: AccessDeclaration = { who, spends: options.spends ?? [], triesSecret: options.triesSecret ?? false };
  return Extensions({ [ACCESS]: declaration });
}

/** The declaration of a root field, if it has one. */
export function accessOf(field: GraphQLField<unknown, unknown>): AccessDeclaration | undefined {
  return field.extensions?.[ACCESS] as AccessDeclaration | undefined;
}

/** Every root field of the schema with its declaration (undefined where there is none). */
export function rootAccess(schema: GraphQLSchema): Map<string, AccessDeclaration | undefined> {
  const map = new Map<string, AccessDeclaration | undefined>();
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) map.set(field.name, accessOf(field));
  }
  return map;
}

/** The signed-in caller (see `Context.actor`). */
export type Actor = SignedInActor;

/**
 * The signed-in caller of an operation declared `@Access('signedIn')`: never null there (the
 * access plugin refuses anonymous calls before anything resolves); should it ever be, the call is
 * refused as unauthenticated rather than run as nobody.
 */
export function Actor() {
  return createParameterDecorator<Context>(({ context }) => {
    if (!context.actor) throw unauthenticated(context.lang, context.authFailure);
    return context.actor;
  });
}

/**
 * The caller of a field that answers anyone but says more to a signed-in person (`me`, a service's
 * eligibility): the actor, or null when no token came. A token that came and made nobody signed in
 * (expired, invalid, session ended) is refused as UNAUTHENTICATED with its reason, never answered as
 * if anonymous, so a client can tell an expired session from a visitor.
 */
export function OptionalActor() {
  return createParameterDecorator<Context>(({ context }) => {
    if (context.authFailure) throw unauthenticated(context.lang, context.authFailure);
    return context.actor;
  });
}
