import path from 'node:path';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';

type Gateway = NonNullable<ApolloServerOptionsWithGateway<object>['gateway']>;
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
/** What Apollo hands a gateway's executor for one request. */
export type GatewayRequestContext = Parameters<Executor>[0];

/** The parts of Apollo's request context it is made from (Apollo's own types for them are internal). */
interface ApolloRequestContext {
  request: {
    query?: string;
    operationName?: string;
    variables?: Record<string, unknown>;
    extensions?: Record<string, unknown>;
    http?: { method: string; search: string; headers: Map<string, string> };
  };
  response: { http: { headers: Map<string, string>; status?: number } };
  contextValue: unknown;
  schema: unknown;
  queryHash?: string;
  document?: unknown;
  source?: string;
  operationName?: string | null;
  operation?: unknown;
  errors?: unknown;
  metrics: unknown;
  overallCachePolicy: unknown;
  requestIsBatched: boolean;
}

/** The Fetch-style `Headers` view of one of Apollo's header maps that the gateway interface speaks. */
class HeadersOfMap {
  constructor(private readonly map: Map<string, string>) {}
  append(name: string, value: string): void {
    const known = this.map.get(name);
    this.map.set(name, known === undefined ? value : `${known}, ${value}`);
  }
  delete(name: string): void {
    this.map.delete(name);
  }
  get(name: string): string | null {
    return this.map.get(name) ?? null;
  }
  has(name: string): boolean {
    return this.map.has(name);
  }
  set(name: string, value: string): void {
    this.map.set(name, value);
  }
  entries() {
    return this.map.entries();
  }
  keys() {
    return this.map.keys();
  }
  values() {
    return this.map.values();
  }
  [Symbol.iterator]() {
    return this.map.entries();
  }
}

/** The response's status, read and written through to Apollo's response: accessors on the class, not on each object. */
class GatewayResponseHttp {
  readonly headers: HeadersOfMap;
  constructor(private readonly http: { headers: Map<string, string>; status?: number }) {
    this.headers = new HeadersOfMap(http.headers);
  }
  get status(): number | undefined {
    return this.http.status;
  }
  set status(status: number | undefined) {
    this.http.status = status;
  }
}

/**
 * What Apollo Server 5.5's `makeGatewayGraphQLRequestContext` builds, built without its one costly
 * habit: Apollo writes `response.http` as an object literal with a `status` getter and setter, two
 * closures over the request made on every request, and V8 keeps such accessor pairs out of the
 * young generation, so every request they close over survived the scavenges and was promoted (S1
 * on a bare Fastify + Apollo with a gateway: ~2 MB promoted per scavenge, a full collection a
 * second, +20 % CPU per request; with this, none). Same fields, same values, same write-through.
 */
export function gatewayRequestContext(context: ApolloRequestContext, server: { logger: unknown; cache: unknown }, internals: { includeStacktraceInErrorResponses?: boolean }): GatewayRequestContext {
  const given = context.request;
  const request: Record<string, unknown> = {};
  if ('query' in given) request.query = given.query;
  if ('operationName' in given) request.operationName = given.operationName;
  if ('variables' in given) request.variables = given.variables;
  if ('extensions' in given) request.extensions = given.extensions;
  if (given.http) {
    const question = given.http.search !== '' && !given.http.search.startsWith('?');
    request.http = { method: given.http.method, url: `https://unknown-url.invalid/${question ? '?' : ''}${given.http.search}`, headers: new HeadersOfMap(given.http.headers) };
  }
  return {
    request,
    response: { http: new GatewayResponseHttp(context.response.http) },
    logger: server.logger,
    schema: context.schema,
    schemaHash: 'schemaHash no longer exists since Apollo Server 4',
    context: context.contextValue,
    cache: server.cache,
    queryHash: context.queryHash,
    document: context.document,
    source: context.source,
    operationName: context.operationName,
    operation: context.operation,
    errors: context.errors,
    metrics: context.metrics,
    debug: internals.includeStacktraceInErrorResponses,
    overallCachePolicy: context.overallCachePolicy,
    requestIsBatched: context.requestIsBatched,
  } as unknown as GatewayRequestContext;
}

/** Apollo's module that builds it: internal (not in the package's exports), so found beside its entry point. */
function apolloGatewayContextModule(): Record<string | symbol, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(path.dirname(require.resolve('@apollo/server')), 'utils', 'makeGatewayGraphQLRequestContext.js')) as Record<string | symbol, unknown>;
}

/** Where Apollo's own builder is kept once replaced: on its module, which outlives any one app. */
const APOLLOS_OWN = Symbol.for('absher.apollosOwnMakeGatewayGraphQLRequestContext');

/** Apollo's own builder, replaced or not (for the test that compares the two). */
export function apollosGatewayRequestContext(): typeof gatewayRequestContext {
  const module = apolloGatewayContextModule();
  return (module[APOLLOS_OWN] ?? module.makeGatewayGraphQLRequestContext) as typeof gatewayRequestContext;
}

/**
 * Puts `gatewayRequestContext` in the place of Apollo's own (its request pipeline reads the module's
 * export on every call). Apollo is pinned to an exact version and a test compares the two builders
 * field by field, so an upgrade that moves or changes it fails there first.
 */
export function useLeanGatewayRequestContext(): void {
  const module = apolloGatewayContextModule();
  if (module.makeGatewayGraphQLRequestContext === gatewayRequestContext) return;
  if (typeof module.makeGatewayGraphQLRequestContext !== 'function') throw new Error("Apollo's makeGatewayGraphQLRequestContext was not found where it was expected");
  module[APOLLOS_OWN] ??= module.makeGatewayGraphQLRequestContext;
  module.makeGatewayGraphQLRequestContext = gatewayRequestContext;
}
