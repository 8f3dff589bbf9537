import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { HelmetOptions } from 'helmet';
import type { FastifyInstance } from 'fastify';
import { Lexer, Source, TokenKind, ValidationRule } from 'graphql';
import type { Config } from '../config';
import type { Context } from '../shared/context';
import { wantsGraphQLResponseJson } from './graphql-over-http';
import type { RequestHooks } from './request-hooks';

/**
 * Limits on the shape of one GraphQL document (graphql-armor). Every operation the client and the
 * tests send stays far below them; a document over any of them is refused at validation, before
 * anything resolves. What a document costs is counted once its variables are known
 * (server/shared/cost.ts, server/http/query-cost.ts), not here.
 */
export const GRAPHQL_LIMITS = {
  depth: 8,
  aliases: 15,
  directives: 10,
  tokens: 1000,
  /** Characters of query text; the whole body is limited separately (BODY_LIMIT_BYTES). */
  documentChars: 20_000,
} as const;

export const BODY_LIMIT_BYTES = 256 * 1024;
/** Slowloris and friends: headers must arrive within 10 s, a whole request within 30 s. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;

export interface GraphQLProtections {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<Context>[];
  /** What every request goes through (server/http/request-hooks.ts). */
  hooks: RequestHooks[];
}

/**
 * graphql-armor's rules and plugins, and in production `hideSuggestions` (below) in place of
 * armor's own suggestion mask, which misses graphql-js's enum form.
 */
export function graphqlProtections(config: Config): GraphQLProtections {
  const armor = new ApolloArmor({
    // Fragments count as levels: nesting `... on Query` must not be a way around the limit.
    maxDepth: { n: GRAPHQL_LIMITS.depth, ignoreIntrospection: true, flattenFragments: false },
    maxAliases: { n: GRAPHQL_LIMITS.aliases },
    maxDirectives: { n: GRAPHQL_LIMITS.directives },
    // Counted in `limitDocuments` instead: armor's Apollo plugin throws while parsing, which Apollo answers with HTTP 500.
    maxTokens: { enabled: false },
    // Armor's cost rule runs at validation, before variables are known (`first: $n` was not counted
    // at all): the cost is counted by QueryCosts instead, after them.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const plugins = armor.plugins as ApolloServerPlugin<Context>[];
  return { validationRules: armor.validationRules, plugins, hooks: config.env === 'production' ? [hideSuggestions()] : [] };
}

/**
 * Every form of graphql-js's "Did you mean …?": a field or argument (`Did you mean "x"?`), an enum
 * value (`Did you mean the enum value "X"?`), a type (`Did you mean to use an inline fragment on
 * "X"?`), with one name or several. Always at the end of the message.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Suggestions name what the schema has, and would map it for someone without introspection:
 * production drops them from every error (documents that do not validate, variables that do not
 * coerce). graphql-armor's mask only knows the `Did you mean "x"` form.
 */
export function hideSuggestions(): RequestHooks {
  return {
    didEncounterErrors({ errors }) {
      for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
    },
  };
}

/** helmet's options: a strict CSP and the headers OWASP recommends. */
const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      // Also covers the explorer's Monaco workers (GraphiQL at GET /graphql): without a
      // worker-src, workers fall back to script-src, and they are files of this origin.
      'script-src': ["'self'"],
      'connect-src': ["'self'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'self'"],
    },
  },
  // The API answers other origins through CORS (allowlist); this header would stop browsers
  // from reading the published keys cross-origin for offline digital-ID checks.
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  referrerPolicy: { policy: 'no-referrer' },
};

/**
 * The headers helmet sets with those options, computed once: they do not depend on the request,
 * and helmet re-serialises its CSP on every response (a visible share of the hot path).
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: () => undefined,
    getHeader: () => undefined,
  };
  let done = false;
  helmet(HELMET_OPTIONS)({} as IncomingMessage, response as unknown as ServerResponse, () => {
    done = true;
  });
  if (!done) throw new Error('helmet did not finish synchronously');
  return headers;
}

/**
 * What an answer of data (JSON, never a page a browser renders) needs, as the OWASP REST Security
 * Cheat Sheet lists it: no content of any kind may load from it, it may not be framed, its type is
 * not sniffed, HTTPS is kept, no referrer leaves. The rest of helmet's set (cross-origin isolation,
 * DNS prefetching, download and Flash policies, the old XSS filter) is about documents.
 */
export function apiSecurityHeaders(): Record<string, string> {
  const all = securityHeaders();
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'strict-transport-security': all['strict-transport-security'],
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': all['referrer-policy'],
    'cross-origin-resource-policy': all['cross-origin-resource-policy'],
  };
}

/**
 * Security headers and the HTTP server's timeouts. A POST is answered with data, never a page
 * (GraphQL, the agencies' callbacks): the API's short set. Everything else — pages, files, the
 * explorer, GraphQL over GET — gets helmet's whole set. Every header is validated and written on
 * every answer, so the hot path carries only what protects it.
 */
export async function hardenHttp(http: FastifyInstance): Promise<void> {
  const documents = securityHeaders();
  const data = apiSecurityHeaders();
  // Callback-style hooks: an async one costs a promise on every request.
  http.addHook('onRequest', (request, reply, done) => {
    reply.headers(request.method === 'POST' ? data : documents);
    done();
  });
  http.server.headersTimeout = HEADERS_TIMEOUT_MS;
  http.server.requestTimeout = REQUEST_TIMEOUT_MS;
  limitDocuments(http);
}

/**
 * Verdicts on query texts already counted: clients send the same few documents again and again,
 * and lexing each one on every request was a visible share of the hot path. Bounded, so a flood of
 * distinct documents cannot grow it.
 */
const counted = new Map<string, 'TOO_MANY_TOKENS' | null>();
const COUNTED_LIMIT = 1000;

/** Whether `query` is over a size limit, and which; counting stops as soon as it is. */
export function documentOverLimit(query: string): 'DOCUMENT_TOO_LARGE' | 'TOO_MANY_TOKENS' | null {
  if (query.length > GRAPHQL_LIMITS.documentChars) return 'DOCUMENT_TOO_LARGE';
  const known = counted.get(query);
  if (known !== undefined) return known;
  const verdict = countTokens(query);
  if (counted.size >= COUNTED_LIMIT) counted.delete(counted.keys().next().value!);
  counted.set(query, verdict);
  return verdict;
}

function countTokens(query: string): 'TOO_MANY_TOKENS' | null {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++tokens > GRAPHQL_LIMITS.tokens) return 'TOO_MANY_TOKENS';
  } catch {
    // A syntax error: left to the parser, which answers it properly.
  }
  return null;
}

/**
 * Refuses over-long GraphQL documents before Apollo parses them (POST body or GET query string
 * alike).
 */
function limitDocuments(http: FastifyInstance): void {
  http.addHook('preHandler', (request, reply, done) => {
    if (!request.url.startsWith('/graphql')) return done();
    const source = request.method === 'GET' ? request.query : request.body;
    const query = source && typeof source === 'object' && 'query' in source ? source.query : undefined;
    const problem = typeof query === 'string' ? documentOverLimit(query) : null;
    if (!problem) return done();
    const message =
      problem === 'DOCUMENT_TOO_LARGE'
        ? `Document too large: at most ${GRAPHQL_LIMITS.documentChars} characters. / المستند أكبر من ${GRAPHQL_LIMITS.documentChars} حرف.`
        : `Document has too many tokens: at most ${GRAPHQL_LIMITS.tokens}. / عدد الرموز في المستند أكثر من ${GRAPHQL_LIMITS.tokens}.`;
    // Answered as Apollo answers a document that does not validate (see graphql-over-http.ts).
    const graphqlResponse = wantsGraphQLResponseJson(request.headers.accept);
    // Answered here: the route's handler does not run (done is not called).
    reply
      .code(graphqlResponse ? 400 : 200)
      .type(`${graphqlResponse ? 'application/graphql-response+json' : 'application/json'}; charset=utf-8`)
      .send({ errors: [{ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: problem } }] });
  });
}
