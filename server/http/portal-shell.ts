import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import { acceptedEncoding, type Encoding } from './compression';

/** The cookies the shell reads: the language chosen on the page, and whether a session may be restored. */
export interface ShellCookies {
  lang: string;
  session: string;
}

/** A first page drawn by the client's own code on the server (client/src/entry-server.tsx). */
export interface DrawnPage {
  html: string;
  title: string;
  /** The answers it was drawn from (the Apollo cache), as JSON safe inside a `<script>` element. */
  data: string;
}
/** Draws the page at `path` for this request in `lang`, or answers null where the server draws none. */
export type DrawPage = (path: string, lang: 'ar' | 'en', request: FastifyRequest) => Promise<DrawnPage | null>;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The web client's page (client/dist/index.html), as the server answers every portal address: its
 * `<html>` element already says the visitor's language and direction (from the `lang` cookie the
 * language switch sets) and whether the browser holds a session to restore (`data-session`, from
 * the cookie set beside the refresh token). The client reads both from the element instead of
 * `document.cookie` or storage, each a synchronous trip to the browser's cookie or storage service
 * (tens of milliseconds on a slow phone) before anything can be drawn, and an English page is laid
 * out left to right from its first paint.
 *
 * With `draw`, the pages a first visit lands on come drawn, for a visitor without a session: a
 * phone shows the page as soon as the HTML and the style sheet are in, instead of after the
 * scripts have loaded, run and asked for the page's data; the scripts then take the page over.
 * A drawing that fails is logged and the page is sent undrawn: the browser draws it, as before.
 */
export function portalShell(
  clientDist: string,
  cookies: ShellCookies,
  drawing?: { draw: DrawPage; log: Pick<FastifyBaseLogger, 'error'> },
): (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply> {
  const html = readFileSync(path.join(clientDist, 'index.html'), 'utf8');
  const root = /<html\b[^>]*>/.exec(html);
  if (!root || !html.includes('<div id="root"></div>') || !/<title>[^<]*<\/title>/.test(html)) {
    throw new Error(`${path.join(clientDist, 'index.html')} has no <html>, <title> or empty <div id="root">`);
  }
  const withFlags = (lang: 'ar' | 'en', session: boolean) => html.replace(root[0], `<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}" data-session="${session ? '1' : '0'}">`);
  // Four undrawn pages in all, each made and compressed once, at the best ratio (the client's files
  // are compressed at build time for the same reason).
  const page = (lang: 'ar' | 'en', session: boolean) => {
    const text = Buffer.from(withFlags(lang, session));
    return { identity: text, br: brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }), gzip: gzipSync(text, { level: 9 }) };
  };
  const pages = { ar: [page('ar', false), page('ar', true)], en: [page('en', false), page('en', true)] };

  // A drawn page needs its scripts only to take the page over, not to show it: they are fetched
  // once it is painted (client/public/boot.js), after what the page shows.
  // `data-drawn` says so until the client has taken the page over.
  const drawnShell = drawing && {
    ar: startedAfterPaint(withFlags('ar', false).replace('data-session="0">', 'data-session="0" data-drawn="">')),
    en: startedAfterPaint(withFlags('en', false).replace('data-session="0">', 'data-session="0" data-drawn="">')),
  };
  const drawn = async (request: FastifyRequest, lang: 'ar' | 'en', encoding: Encoding): Promise<Buffer | null> => {
    if (!drawing || !drawnShell) return null;
    let result: DrawnPage | null;
    try {
      result = await drawing.draw(new URL(request.url, 'http://portal').pathname, lang, request);
    } catch (error) {
      drawing.log.error({ err: error, url: request.url }, 'drawing the page on the server failed; sent undrawn');
      return null;
    }
    if (!result) return null;
    const text = Buffer.from(
      drawnShell[lang]
        .replace(/<title>[^<]*<\/title>/, () => `<title>${result.title.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</title>`)
        .replace('<div id="root"></div>', () => `<div id="root">${result.html}</div><script type="application/json" id="portal-data">${result.data}</script>`),
    );
    // Made per request: a fast setting (a few kilobytes, well under a millisecond).
    if (encoding === 'br') return brotli(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    if (encoding === 'gzip') return gzipAsync(text, { level: 6 });
    return text;
  };

  return async (request, reply) => {
    const lang = request.cookies[cookies.lang] === 'en' ? 'en' : 'ar';
    const session = request.cookies[cookies.session] !== undefined;
    const encoding = acceptedEncoding(request.headers['accept-encoding']);
    // A visitor with a session is taken to their own pages by the client, which the server does not draw.
    const body = (!session && (await drawn(request, lang, encoding))) || pages[lang][session ? 1 : 0][encoding];
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    // The same address answers differently by cookie: no cache may hand one visitor's page to another.
    return reply.header('cache-control', 'no-cache').header('vary', 'accept-encoding, cookie').type('text/html; charset=utf-8').send(body);
  };
}

/**
 * The page with its module script and preloads replaced by client/public/boot.js, which starts them
 * after the first paint; the offline copy of a page undoes it (client/public/sw.js).
 */
function startedAfterPaint(html: string): string {
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry) throw new Error('client/dist/index.html has no module script');
  const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g)];
  let page = html.replace(entry[0], () => `<script src="/boot.js" data-module="${entry[1]}" data-preload="${preloads.map((p) => p[1]).join(' ')}" defer></script>`);
  for (const preload of preloads) page = page.replace(preload[0], '');
  return page;
}
