import { describe, expect, it } from 'vitest';
import { apollosGatewayRequestContext, gatewayRequestContext, useLeanGatewayRequestContext } from './gateway-request-context';

type Builder = typeof gatewayRequestContext;

/** A request context as Apollo's pipeline has it when it calls the gateway's executor. */
function apolloRequestContext() {
  return {
    request: {
      query: '{ __typename }',
      operationName: 'Q',
      variables: { first: 2 },
      extensions: { x: 1 },
      http: { method: 'POST', search: 'a=1', headers: new Map([['accept', 'application/json']]) },
    },
    response: { http: { headers: new Map<string, string>(), status: undefined as number | undefined } },
    contextValue: { requestId: 'r1' },
    schema: { s: 1 },
    queryHash: 'hash',
    document: { kind: 'Document' },
    source: '{ __typename }',
    operationName: 'Q',
    operation: { kind: 'OperationDefinition' },
    errors: undefined,
    metrics: { m: 1 },
    overallCachePolicy: { p: 1 },
    requestIsBatched: false,
  };
}

describe('the gateway request context', () => {
  // Replaced as when an app starts: Apollo's own is still at hand to compare with.
  useLeanGatewayRequestContext();
  const apollos: Builder = apollosGatewayRequestContext();

  it("is Apollo's own that is compared", () => {
    expect(apollos).not.toBe(gatewayRequestContext);
    expect(apollos.name).toBe('makeGatewayGraphQLRequestContext');
  });

  it("has every field Apollo's own builder gives, with the same values", () => {
    const server = { logger: console, cache: new Map() };
    const a = apolloRequestContext();
    const b = apolloRequestContext();
    const ours = gatewayRequestContext(a, server, { includeStacktraceInErrorResponses: false }) as unknown as Record<string, unknown>;
    const theirs = apollos(b, server, { includeStacktraceInErrorResponses: false }) as unknown as Record<string, unknown>;
    const plain = (value: Record<string, unknown>) => {
      const { request, response, ...rest } = value as { request: { http: { headers: Iterable<[string, string]> } }; response: { http: { status?: number; headers: Iterable<[string, string]> } } };
      return {
        ...rest,
        request: { ...request, http: { ...request.http, headers: [...request.http.headers] } },
        response: { status: response.http.status, headers: [...response.http.headers] },
      };
    };
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    expect(plain(ours)).toEqual(plain(theirs));
  });

  it("writes the status and headers through to Apollo's response, as Apollo's does", () => {
    const apollo = apolloRequestContext();
    const context = gatewayRequestContext(apollo, { logger: console, cache: null }, {});
    context.response!.http!.status = 418;
    context.response!.http!.headers.set('x-a', '1');
    context.response!.http!.headers.append('x-a', '2');
    expect(apollo.response.http.status).toBe(418);
    expect(apollo.response.http.headers.get('x-a')).toBe('1, 2');
    apollo.response.http.status = 201;
    expect(context.response!.http!.status).toBe(201);
  });
});
