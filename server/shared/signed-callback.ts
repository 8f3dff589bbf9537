import type { FastifyInstance } from 'fastify';
import type { Clock } from './clock';
import { constantTimeEqual, hmac } from './crypto';
import type { Logger } from 'pino';

/**
 * The one shape of every callback a partner system makes to the portal (the payment gateway, the
 * traffic department): a JSON body signed with HMAC-SHA256 over `timestamp.body`, sent as
 * `sha256=<hex>` beside the Unix timestamp it was signed at. A callback signed longer ago (or
 * further ahead) than `CALLBACK_MAX_AGE_SECONDS` is refused, so a captured one cannot be replayed
 * later; inside that window the handlers are idempotent, so a replay changes nothing.
 */
export const CALLBACK_MAX_AGE_SECONDS = 300;

/** HMAC-SHA256 (hex) of `timestamp.body` with the secret: what the signature header carries after `sha256=`. */
export function signCallback(secret: string, timestamp: string, body: string): string {
  return Buffer.from(hmac(secret, `${timestamp}.${body}`), 'base64url').toString('hex');
}

/**
 * Checks a callback's signature and age; false means: refuse, change nothing. Every secret is tried
 * (the first is the partner's current one, the others are being rotated out) and each comparison
 * takes the same time, so timing tells neither whether nor which one matched.
 */
export function verifyCallback(secrets: readonly string[], now: Date, rawBody: string, timestamp: string | undefined, signature: string | undefined): boolean {
  if (!secrets.length || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > CALLBACK_MAX_AGE_SECONDS) return false;
  let ok = false;
  for (const secret of secrets) ok = constantTimeEqual(`sha256=${signCallback(secret, timestamp, rawBody)}`, signature) || ok;
  return ok;
}

export interface SignedCallbackRoute<Notice> {
  /** The route's path, e.g. `/payments/sadad`. */
  path: string;
  /** What the log calls it, e.g. `payment callback`. */
  label: string;
  /** Header names of the timestamp and the signature. */
  headers: { timestamp: string; signature: string };
  secrets: readonly string[];
  clock: Clock;
  log: Logger;
  /** The body, validated; null when it is malformed (answered 400, nothing changed). */
  parse(body: Record<string, unknown>): Notice | null;
  /** Acts on a verified, well-formed notice; answers with an HTTP status and `{ status }` (and `extra` fields, e.g. an issued code). */
  handle(notice: Notice): Promise<{ code: number; status: string; extra?: Record<string, string> }>;
}

/**
 * Registers a signed callback route: the body is read raw (the signature covers exactly the bytes
 * sent), a bad or stale signature is 401 and a malformed body 400, both logged without the body or
 * the secret, and neither touches anything; only then does `handle` run.
 */
export async function registerSignedCallbackRoute<Notice>(http: FastifyInstance, route: SignedCallbackRoute<Notice>): Promise<void> {
  const name = route.path.replace(/^\//, '');
  await http.register(async (scope) => {
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_req, body, done) => done(null, body));
    scope.post(route.path, async (request, reply) => {
      const raw = typeof request.body === 'string' ? request.body : '';
      const header = (key: string) => {
        const value = request.headers[key];
        return typeof value === 'string' ? value : undefined;
      };
      if (!verifyCallback(route.secrets, route.clock.now(), raw, header(route.headers.timestamp), header(route.headers.signature))) {
        route.log.warn({ route: name, clientAddress: request.ip }, `${route.label} refused: bad or missing signature`);
        return reply.code(401).send({ status: 'BAD_SIGNATURE' });
      }
      let notice: Notice | null = null;
      try {
        const body: unknown = JSON.parse(raw);
        if (body && typeof body === 'object' && !Array.isArray(body)) notice = route.parse(body as Record<string, unknown>);
      } catch {
        notice = null;
      }
      if (!notice) {
        route.log.warn({ route: name }, `${route.label} refused: malformed body`);
        return reply.code(400).send({ status: 'MALFORMED' });
      }
      const { code, status, extra } = await route.handle(notice);
      return reply
        .code(code)
        .header('cache-control', 'no-store')
        .send({ ...extra, status });
    });
  });
}
