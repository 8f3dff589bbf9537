import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DrawnPage, DrawPage } from './portal-shell';

/** What client/src/entry-server.tsx exports, as built into client/dist-ssr. */
interface EntryServer {
  drawPage(path: string, lang: 'ar' | 'en', fetch: typeof globalThis.fetch): Promise<DrawnPage | null>;
}

/**
 * The portal shell's drawing of first pages: the client's own code (client/dist-ssr, an ES module
 * loaded on the first page asked for, so an API-only instance never carries React), answering its
 * GraphQL requests through this server's own /graphql in-process (Fastify's inject): the same
 * checks, limits and language as the visitor's own requests, counted against the visitor's address.
 */
export function serverDrawing(http: FastifyInstance, entry: string): DrawPage {
  let loading: Promise<EntryServer> | undefined;
  const load = () =>
    (loading ??= (import(pathToFileURL(entry).href) as Promise<EntryServer>).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return async (path, lang, request) => {
    const { drawPage } = await load();
    return drawPage(path, lang, asVisitor(http, request, lang));
  };
}

/** A fetch for the drawing's GraphQL requests, sent as the visitor's: their address and agent, the page's language. */
function asVisitor(http: FastifyInstance, request: FastifyRequest, lang: 'ar' | 'en'): typeof globalThis.fetch {
  return async (_input, init) => {
    const response = await http.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress: request.ip,
      headers: {
        'content-type': 'application/json',
        'accept-language': lang,
        ...(request.headers['user-agent'] ? { 'user-agent': request.headers['user-agent'] } : {}),
      },
      payload: typeof init?.body === 'string' ? init.body : '',
    });
    return new Response(response.body, { status: response.statusCode, headers: { 'content-type': String(response.headers['content-type'] ?? 'application/json') } });
  };
}
