import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The cookies the shell reads: the language chosen on the page, and whether a session may be restored. */
export interface ShellCookies {
  lang: string;
  session: string;
}

/**
 * The web client's page (client/dist/index.html), as the server answers every portal address: its
 * `<html>` element already says the visitor's language and direction (from the `lang` cookie the
 * language switch sets) and whether the browser holds a session to restore (`data-session`, from
 * the cookie set beside the refresh token). The client reads both from the element instead of
 * `document.cookie` or storage, each a synchronous trip to the browser's cookie or storage service
 * (tens of milliseconds on a slow phone) before anything can be drawn, and an English page is laid
 * out left to right from its first paint.
 */
export function portalShell(clientDist: string, cookies: ShellCookies): (request: FastifyRequest, reply: FastifyReply) => FastifyReply {
  const html = readFileSync(path.join(clientDist, 'index.html'), 'utf8');
  const root = /<html\b[^>]*>/.exec(html);
  if (!root) throw new Error(`${path.join(clientDist, 'index.html')} has no <html> element`);
  // Four pages in all, each made and compressed once, at the best ratio (the client's files are
  // compressed at build time for the same reason).
  const page = (lang: 'ar' | 'en', session: boolean) => {
    const text = Buffer.from(html.replace(root[0], `<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}" data-session="${session ? '1' : '0'}">`));
    return { identity: text, br: brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), gzip: gzipSync(text, { level: 9 }) };
  };
  const pages = { ar: [page('ar', false), page('ar', true)], en: [page('en', false), page('en', true)] };
  return (request, reply) => {
    const lang = request.cookies[cookies.lang] === 'en' ? 'en' : 'ar';
    const chosen = pages[lang][request.cookies[cookies.session] !== undefined ? 1 : 0];
    const accepted = request.headers['accept-encoding'] ?? '';
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    // The same address answers differently by cookie: no cache may hand one visitor's page to another.
    return reply.header('cache-control', 'no-cache').header('vary', 'accept-encoding, cookie').type('text/html; charset=utf-8').send(chosen[encoding]);
  };
}
