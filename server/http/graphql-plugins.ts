import type { ApolloServerPlugin } from '@apollo/server';
import { FieldNode, FragmentDefinitionNode, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { RateLimitName, RateLimits } from '../modules/security';
import { AccessDeclaration, rootAccess } from '../shared/access';
import type { AuthFailure, Context } from '../shared/context';
import { ErrorCode, requestError, unauthenticated } from '../shared/errors';
import { explorerPageHtml, explorerSettings } from './explorer';
import type { QueryCosts } from './query-cost';
import type { RequestHooks } from './request-hooks';

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
 * What every operation is checked against before anything resolves, from the declarations on the
 * operations themselves (`@Access` in each module's resolvers): default deny (an undeclared root
 * field is refused to everyone, a `signedIn` one to anonymous callers), at most one field that tries
 * a secret per operation (aliases cannot multiply guesses), and the per-address limits each field
 * spends (through fragments too: `... on Mutation { login }` spends like `login`), after its cost
 * (`QueryCosts.admit`: at most the maximum, spent from the caller's budget). Limited answers
 * get a `Retry-After` header as well as `extensions.retryAfter`.
 */
export function operationGuard(schema: GraphQLSchema, rateLimits: RateLimits, costs: Pick<QueryCosts, 'admit'>): RequestHooks {
  const access = rootAccess(schema);
  const problems: string[] = [];
  for (const [field, declaration] of access) {
    if (field.startsWith('__')) continue;
    if (!declaration) problems.push(`${field} has no @Access declaration`);
    for (const bucket of declaration?.spends ?? []) if (!rateLimits.has(bucket)) problems.push(`${field} spends "${bucket}", which is no rate limit`);
  }
  if (problems.length) throw new Error(`operations without a valid access declaration (default deny would refuse them to everyone):\n- ${problems.join('\n- ')}`);
  // Per parsed operation (Apollo hands back the same document for the same text): what its root
  // fields declare, worked out once rather than on every request.
  const declarations = new WeakMap<OperationDefinitionNode, (AccessDeclaration | undefined)[]>();
  return {
    didResolveOperation(requestContext) {
      const { operation, document, contextValue } = requestContext;
      if (!operation) return;
      let declared = declarations.get(operation);
      if (!declared) {
        const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
        declared = rootFields(operation.selectionSet, fragments).map((f) => (f.name.value.startsWith('__') ? PUBLIC_META : access.get(f.name.value)));
        declarations.set(operation, declared);
      }
      if (declared.some((d) => !d)) throw requestError(ErrorCode.UNAUTHENTICATED, contextValue.lang);
      if (!contextValue.actor && declared.some((d) => d!.who !== 'anyone')) throw unauthenticated(contextValue.lang, contextValue.authFailure);
      if (operation.operation === 'mutation' && declared.filter((d) => d!.triesSecret).length > 1) {
        throw requestError(ErrorCode.BAD_USER_INPUT, contextValue.lang, {}, { reason: 'ONE_AUTHENTICATION_MUTATION_PER_OPERATION' });
      }
      // Its cost, once the variables are known: refused over the maximum, spent from the budget.
      const admitted = costs.admit(requestContext);
      const buckets = declared.flatMap((d) => d!.spends);
      if (!buckets.length) return admitted;
      return (async () => {
        await admitted;
        for (const bucket of buckets) await rateLimits.consume(bucket as RateLimitName, contextValue.meta.clientAddress, contextValue.lang);
      })();
    },
    willSendResponse({ response }) {
      if (response.body.kind !== 'single') return;
      const errors = response.body.singleResult.errors;
      if (!errors) return;
      const limited = errors.find((e) => e.extensions?.code === ErrorCode.RATE_LIMITED);
      if (limited) response.http.headers.set('retry-after', String(limited.extensions?.retryAfter ?? 60));
      const refused = errors.find((e) => e.extensions?.code === ErrorCode.UNAUTHENTICATED);
      if (refused) response.http.headers.set('www-authenticate', bearerChallenge(refused.extensions?.reason as AuthFailure | undefined));
    },
  };
}

/** What RFC 6750 lets a resource server say of a token, in ASCII for developers; people read the error's message. */
const TOKEN_PROBLEMS: Record<AuthFailure, string> = {
  TOKEN_EXPIRED: 'The access token expired',
  TOKEN_INVALID: 'The access token is not valid',
  SESSION_ENDED: 'The session of the access token has ended',
};

/**
 * The `WWW-Authenticate` challenge of an UNAUTHENTICATED answer (RFC 6750 §3): a bare `Bearer`
 * when no token came (no error code then, as the RFC asks), `invalid_token` and why otherwise.
 */
export function bearerChallenge(failure: AuthFailure | undefined): string {
  return failure ? `Bearer error="invalid_token", error_description="${TOKEN_PROBLEMS[failure]}"` : 'Bearer';
}

/** `__typename`, `__schema`, `__type`: anyone may ask (introspection itself is switched by INTROSPECTION). */
const PUBLIC_META: AccessDeclaration = { who: 'anyone', spends: [], triesSecret: false };

/**
 * Unknown errors are bugs: logged in full with the request id, answered with only that id, so
 * nothing internal (SQL, stack, paths) reaches a client.
 */
export function errorMasking(log: Logger): RequestHooks {
  return {
    didEncounterErrors(ctx) {
      for (const error of ctx.errors) {
        if (!DELIBERATE.has(String(error.extensions?.code))) {
          const original = (error as GraphQLError).originalError ?? error;
          log.error({ requestId: ctx.contextValue.requestId, operation: ctx.operationName, path: error.path, err: { message: original.message, stack: original.stack } }, 'unexpected error');
        }
      }
    },
    willSendResponse(ctx) {
      const body = ctx.response.body;
      if (body.kind !== 'single' || !body.singleResult.errors) return;
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
}

/** `GET /graphql` in a browser: the offline explorer (GraphiQL), its HTML read once at start. */
export function landingPagePlugin(config: Pick<Config, 'env' | 'sms' | 'introspection' | 'publicUrl'>): ApolloServerPlugin<Context> {
  const html = explorerPageHtml(explorerSettings(config), config.publicUrl);
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
