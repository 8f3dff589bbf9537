import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/** Errors that mean "the request arrived well-formed, but its GraphQL cannot run". */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * Whether Apollo answers this `Accept` header with `application/graphql-response+json` rather
 * than `application/json`: only when it names that type, with a higher quality than
 * `application/json`, or the same quality and earlier (content negotiation as Apollo does it).
 */
export function wantsGraphQLResponseJson(accept: string | undefined | null): boolean {
  const ranked = (accept ?? '').split(',').map((part, index) => {
    const [type, ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
    const q = params.map((p) => /^q=([\d.]+)$/.exec(p)).find(Boolean);
    return { type, q: q ? Number(q[1]) : 1, index };
  });
  const graphql = ranked.find((r) => r.type === 'application/graphql-response+json' && r.q > 0);
  const json = ranked.find((r) => r.type === 'application/json' && r.q > 0);
  if (!graphql) return false;
  return !json || graphql.q > json.q || (graphql.q === json.q && graphql.index < json.index);
}

/**
 * The GraphQL-over-HTTP spec: with `application/json`, a well-formed request whose document does
 * not parse or validate, or whose variables do not coerce, is answered 200 with `errors` (legacy
 * clients read only 200 bodies); with `application/graphql-response+json` it is 4xx. Apollo
 * answers 400 in both cases; this follows the spec.
 */
export function graphqlOverHttpStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (!errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) return;
          if (wantsGraphQLResponseJson(request.http?.headers.get('accept'))) return;
          response.http.status = 200;
        },
      };
    },
  };
}
