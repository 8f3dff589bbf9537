import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

/** How an answer's body is sent. */
export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The encoding to send under `Accept-Encoding` (RFC 9110 §12.5.3): brotli where accepted at least as
 * much as gzip, else gzip, else none; `q=0` refuses a coding, `*` stands for any coding not named.
 */
export function acceptedEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity';
  let br: number | undefined;
  let gz: number | undefined;
  let any: number | undefined;
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)).find(Boolean);
    const weight = q ? Number(q[1]) : 1;
    if (coding === 'br') br = weight;
    else if (coding === 'gzip' || coding === 'x-gzip') gz = weight;
    else if (coding === '*') any = weight;
  }
  br ??= any ?? 0;
  gz ??= any ?? 0;
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : 'identity';
}

/** Text formats worth compressing (JSON, GraphQL responses, HTML, scripts, SVG, XML, plain text). */
const COMPRESSIBLE = /^(?:text\/|application\/(?:[\w.-]+\+)?(?:json|xml|javascript)\b|image\/svg\+xml)/i;

/**
 * Answers of at least `threshold` bytes (the catalogue, an image code, a page of requests) sent
 * compressed as the client accepts: brotli at a quality that costs well under a millisecond for
 * them, else gzip. The compression runs in libuv's thread pool, beside the event loop. Answers that
 * come compressed already (the client's files, compressed at build time, and the portal's pages)
 * and streams are sent as they are. One `onSend` hook that returns at once for the small answers
 * most requests get (`{ __typename }`, a session check): the hot path carries no encoding
 * negotiation, no content-type lookup and no request-decompression hook.
 */
export function compressAnswers(http: FastifyInstance, options: { threshold: number; brotliQuality: number }): void {
  const brotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: options.brotliQuality, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };
  http.addHook('onSend', (request, reply, payload, done) => {
    // A string's length counts UTF-16 units, at most its UTF-8 bytes: a string under the threshold is too.
    if (!(typeof payload === 'string' || Buffer.isBuffer(payload)) || payload.length < options.threshold) return done(null, payload);
    const type = reply.getHeader('content-type');
    if (reply.hasHeader('content-encoding') || typeof type !== 'string' || !COMPRESSIBLE.test(type)) return done(null, payload);
    // Whether it was compressed or not, this answer depends on Accept-Encoding.
    const vary = reply.getHeader('vary');
    if (!vary) reply.header('vary', 'accept-encoding');
    else if (!/\baccept-encoding\b/i.test(String(vary))) reply.header('vary', `${String(vary)}, accept-encoding`);
    const encoding = acceptedEncoding(request.headers['accept-encoding']);
    if (encoding === 'identity') return done(null, payload);
    const sent = (error: Error | null, compressed: Buffer) => {
      if (error) return done(error);
      reply.header('content-encoding', encoding);
      reply.removeHeader('content-length');
      done(null, compressed);
    };
    if (encoding === 'br') brotliCompress(payload, brotliOptions, sent);
    else gzip(payload, { level: 6 }, sent);
  });
}
