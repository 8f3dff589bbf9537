import { Readable } from 'node:stream';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The GraphQL endpoint: each request handed to Apollo Server and its answer written back, as
 * `@as-integrations/fastify`'s handler does, without what that handler spent on every request: a
 * WHATWG `URL` parsed from the protocol and host (trust-proxy getters included) only to read the
 * query string, which only a GET uses, and the headers copied through `Object.entries`.
 */
export function graphqlRoute<C extends BaseContext>(
  http: FastifyInstance,
  apollo: ApolloServer<C>,
  options: { path: string; context: (request: FastifyRequest, reply: FastifyReply) => Promise<C> },
): void {
  http.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: options.path,
    handler: async (request, reply) => {
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method, headers: headerMap(request.headers), search: searchOf(request.url), body: request.body },
        context: () => options.context(request, reply),
      });
      for (const [name, value] of answer.headers) reply.header(name, value);
      reply.code(answer.status ?? 200);
      if (answer.body.kind === 'complete') return answer.body.string;
      return reply.send(Readable.from(answer.body.asyncIterator));
    },
  });
}

/** The request's headers as Apollo reads them: repeated ones joined, empty ones left out. */
function headerMap(headers: FastifyRequest['headers']): HeaderMap {
  const map = new HeaderMap();
  for (const name in headers) {
    const value = headers[name];
    if (value) map.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return map;
}

/** The query string, `?` included, as a URL reads it ('' for none: the usual POST). */
export function searchOf(url: string): string {
  return url.includes('?') ? new URL(url, 'http://localhost').search : '';
}
