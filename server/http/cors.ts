import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';

/** Apollo Studio's Sandbox, which the README's "Exploring the API" section points at this server. */
export const APOLLO_STUDIO_ORIGIN = 'https://studio.apollographql.com';

/** `http(s)://localhost`, `127.0.0.1` or `[::1]`, any port: pages served from the developer's own machine. */
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/** How long a browser may keep a preflight's answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Which browser origins may call the API (CORS). Production: only `CORS_ORIGINS`. Elsewhere also
 * this machine's own origins and Apollo Studio — never any origin, since a development server
 * serves every SMS code at /dev/outbox and free payments.
 */
export function corsOrigin(config: Pick<Config, 'env' | 'corsOrigins'>): (origin: string) => boolean {
  const listed = new Set(config.corsOrigins);
  const development = config.env !== 'production';
  return (origin) => listed.has(origin) || (development && (origin === APOLLO_STUDIO_ORIGIN || LOCAL_ORIGIN.test(origin)));
}

/**
 * CORS (the Fetch standard's CORS protocol) for the origins `allowed` accepts: their requests are
 * answered with `Access-Control-Allow-Origin` naming them, their preflights (`OPTIONS` with
 * `Access-Control-Request-Method`) here, before any route, with 204, the methods the API answers
 * and the headers the browser asked for. Other origins get no CORS header at all, so their pages
 * cannot read an answer, and their preflights go on to the routes (which refuse an `OPTIONS`).
 * Credentials are never allowed: the refresh cookie only goes to the portal's own origin. Every
 * answer varies by `Origin`. One synchronous hook, where @fastify/cors spread its whole option set
 * and built its origin callbacks anew on every request.
 */
export function allowCrossOrigin(http: FastifyInstance, allowed: (origin: string) => boolean): void {
  http.addHook('onRequest', (request, reply, done) => {
    reply.header('vary', 'Origin');
    const origin = request.headers.origin;
    if (origin === undefined || !allowed(origin)) return done();
    reply.header('access-control-allow-origin', origin);
    if (request.method !== 'OPTIONS' || request.headers['access-control-request-method'] === undefined) return done();
    const asked = request.headers['access-control-request-headers'];
    reply.header('vary', 'Origin, Access-Control-Request-Headers').header('access-control-allow-methods', 'GET, HEAD, POST').header('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS));
    if (asked) reply.header('access-control-allow-headers', asked);
    // Answered here: no route runs for a preflight (done is not called).
    reply.code(204).header('content-length', '0').send();
  });
}
