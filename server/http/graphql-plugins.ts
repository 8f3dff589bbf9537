import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { FieldNode, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode } from 'graphql';
import type { Context } from '../context';
import { ErrorCode, requestError } from '../shared/errors';
import { landingPageHtml } from './landing-page';

/** Codes whose errors are deliberate and reach clients as they are; anything else is masked. */
const DELIBERATE = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Mutations that try a secret (password, code, token) or send an SMS. An operation may hold at
 * most one of them, so aliases cannot multiply guesses within one request (SPEC §3).
 */
const AUTHENTICATION_MUTATIONS = new Set(['register', 'verifyRegistration', 'login', 'verifyLogin', 'resendCode', 'refreshSession', 'confirmEmail',
  // Account care: each tries a password, a code or a link, or sends an SMS.
  'requestPasswordReset', 'resetPassword', 'changePassword', 'reauthenticate', 'verifyReauthentication', 'changeMobile', 'verifyMobileChange', 'confirmEmailChange',
  // National single sign-on: each spends a pending token (linkSso also tries a password).
  'completeSsoRegistration', 'linkSso',
]);

/** The root fields an operation selects, fragments included. */
export function rootFields(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...rootFields(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
      seen.add(selection.name.value);
      fields.push(...rootFields(fragments[selection.name.value].selectionSet, fragments, seen));
    }
  }
  return fields;
}

/**
 * Default deny: a root field not in `publicOperations` needs a live session, checked once per
 * operation before anything resolves.
 */
export function accessPlugin(publicOperations: ReadonlySet<string>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const fields = rootFields(operation.selectionSet, fragments);
          if (operation.operation === 'mutation' && fields.filter((f) => AUTHENTICATION_MUTATIONS.has(f.name.value)).length > 1) {
            throw requestError(ErrorCode.BAD_USER_INPUT, contextValue.lang, {}, { reason: 'ONE_AUTHENTICATION_MUTATION_PER_OPERATION' });
          }
          if (!contextValue.auth && fields.some((f) => !publicOperations.has(f.name.value))) {
            throw requestError(ErrorCode.UNAUTHENTICATED, contextValue.lang);
          }
        },
      };
    },
  };
}

/**
 * Unknown errors are bugs: logged in full with the request id, answered with only that id, so
 * nothing internal (SQL, stack, paths) reaches a client.
 */
export function errorMaskingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(ctx: GraphQLRequestContext<Context>) {
          for (const error of ctx.errors ?? []) {
            if (!DELIBERATE.has(String(error.extensions?.code))) {
              const original = (error as GraphQLError).originalError ?? error;
              ctx.contextValue.services?.log.error(
                { requestId: ctx.contextValue.requestId, operation: ctx.operationName, path: error.path, err: { message: original.message, stack: original.stack } },
                'unexpected error',
              );
            }
          }
        },
        async willSendResponse(ctx: GraphQLRequestContext<Context>) {
          const body = ctx.response.body;
          if (body?.kind !== 'single' || !body.singleResult.errors) return;
          body.singleResult.errors = body.singleResult.errors.map((error) =>
            DELIBERATE.has(String(error.extensions?.code))
              ? error
              : {
                  message: `Internal error; reference ${ctx.contextValue.requestId} / خطأ داخلي؛ المرجع ${ctx.contextValue.requestId}`,
                  path: error.path,
                  extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: ctx.contextValue.requestId },
                },
          );
        },
      };
    },
  };
}

export function landingPagePlugin(introspection: boolean): ApolloServerPlugin<Context> {
  const html = landingPageHtml(introspection);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
