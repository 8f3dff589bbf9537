import type { RequestHooks } from './request-hooks';

/**
 * The HTTP status of a request error — the request arrived well-formed, but its GraphQL was refused
 * before anything ran — by its `extensions.code`, under `application/graphql-response+json`.
 */
export const REQUEST_ERROR_STATUS: Readonly<Record<string, number>> = {
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_USER_INPUT: 400,
  COST_EXCEEDED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
};

/**
 * Whether Apollo answers this `Accept` header with `application/graphql-response+json` rather
 * than `application/json`: only when it names that type, with a higher quality than
 * `application/json`, or the same quality and earlier (content negotiation as Apollo does it).
 */
export function wantsGraphQLResponseJson(accept: string | undefined | null): boolean {
  const ranked = (accept ?? '').split(',').map((part, index) => {
    const [type, ...params] = part
      .trim()
      .toLowerCase()
      .split(';')
      .map((s) => s.trim());
    const q = params.map((p) => /^q=([\d.]+)$/.exec(p)).find(Boolean);
    return { type, q: q ? Number(q[1]) : 1, index };
  });
  const graphql = ranked.find((r) => r.type === 'application/graphql-response+json' && r.q > 0);
  const json = ranked.find((r) => r.type === 'application/json' && r.q > 0);
  if (!graphql) return false;
  return !json || graphql.q > json.q || (graphql.q === json.q && graphql.index < json.index);
}

/**
 * The status of a response whose errors are request errors (no `data`: nothing was executed), or
 * null to leave it as it is. With `application/graphql-response+json` it is 4xx by the first
 * error's code (UNAUTHENTICATED 401, FORBIDDEN 403, RATE_LIMITED 429, bad requests 400); with
 * `application/json` it is 200, as the GraphQL-over-HTTP spec asks (legacy clients read only 200
 * bodies). Responses with `data`, even `null` fields, are 200 either way: those are field errors.
 */
export function requestErrorStatus(codes: readonly unknown[], graphqlResponseJson: boolean): number | null {
  if (!codes.length || !codes.every((code) => typeof code === 'string' && code in REQUEST_ERROR_STATUS)) return null;
  return graphqlResponseJson ? REQUEST_ERROR_STATUS[codes[0] as string] : 200;
}

/**
 * The GraphQL-over-HTTP spec for request errors (see `requestErrorStatus`). Apollo answers its own
 * (parse, validation, variables) 400 under both media types, and the API's own (operation guard:
 * access, limits) whatever `http.status` they carry; this puts both right.
 */
export function graphqlOverHttpStatus(): RequestHooks {
  return {
    willSendResponse({ request, response }) {
      if (response.body.kind !== 'single') return;
      const { data, errors } = response.body.singleResult;
      if (data !== undefined || !errors?.length) return;
      const status = requestErrorStatus(
        errors.map((e) => e.extensions?.code),
        wantsGraphQLResponseJson(request.http?.headers.get('accept')),
      );
      if (status !== null) response.http.status = status;
    },
  };
}
