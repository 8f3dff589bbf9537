import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_DIST, ensureClientBuilt } from './helpers/client-build';
import { startTestApp, TestApp } from './helpers/test-app';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET (or a POST of `body`) with exactly these headers (fetch would add its own Accept-Encoding and decode). */
function get(url: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request(url, { headers, method: body === undefined ? 'GET' : 'POST' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end(body);
  });
}

const decode = (r: Raw) => (r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body);
const varies = (r: Raw) =>
  String(r.headers.vary ?? '')
    .toLowerCase()
    .split(/\s*,\s*/)
    .includes('accept-encoding');

// Static files do not touch the database: one run, on SQLite.
describe('the web client is served pre-compressed', () => {
  let t: TestApp;
  let html: Buffer;
  let entry: string;
  let stylesheet: string;
  beforeAll(async () => {
    ensureClientBuilt();
    html = readFileSync(path.join(CLIENT_DIST, 'index.html'));
    entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(String(html))![1];
    stylesheet = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)"/.exec(String(html))![1];
    t = await startTestApp();
  });
  afterAll(async () => t?.stop());

  it.each([
    { accept: 'br, gzip', sent: 'br' },
    { accept: 'gzip, deflate, br;q=0.5', sent: 'gzip' },
    { accept: 'gzip', sent: 'gzip' },
    { accept: 'identity', sent: 'identity' },
    { accept: null, sent: 'identity' },
  ] as const)('Accept-Encoding $accept: the entry script and the stylesheet as $sent, decoding to the built files, cached for a year', async ({ accept, sent }) => {
    const encoding = sent === 'identity' ? undefined : sent;
    for (const asset of [entry, stylesheet]) {
      const res = await get(`${t.url}${asset}`, accept === null ? {} : { 'accept-encoding': accept });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toMatch(asset.endsWith('.js') ? /^(text|application)\/javascript/ : /^text\/css/);
      expect(varies(res), `${asset}: Vary ${res.headers.vary}`).toBe(true);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const file = readFileSync(path.join(CLIENT_DIST, asset));
      if (encoding) expect(res.body.length).toBeLessThan(file.length);
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(decode(res).equals(file)).toBe(true);
    }
  });

  it.each(['/', '/register', '/services/RENEW_PASSPORT', '/dashboard'])('the HTML shell at %s: brotli when accepted, never cached without revalidation', async (page) => {
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      [null, undefined],
    ] as const) {
      const res = await get(`${t.url}${page}`, { accept: 'text/html', ...(accept ? { 'accept-encoding': accept } : {}) });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(varies(res)).toBe(true);
      // The built page, its <html> element saying the language and whether a session may be restored;
      // the pages a first visit lands on come drawn (tests/portal-pages-drawn-by-the-server.test.ts).
      const shell = String(html).replace('<html lang="ar" dir="rtl">', '<html lang="ar" dir="rtl" data-session="0">');
      if (page === '/' || page === '/register')
        expect(String(decode(res))).toMatch(/^<!doctype html>[\s\S]*<html lang="ar" dir="rtl" data-session="0" data-drawn="">[\s\S]*<div id="root"><a href="#main"/);
      else expect(String(decode(res))).toBe(shell);
    }
  });

  it('the HTML shell speaks the language chosen (the lang cookie) and says whether a session may be restored, and varies by cookie', async () => {
    const shell = async (cookie?: string) => {
      const res = await get(`${t.url}/register`, { accept: 'text/html', 'accept-encoding': 'br', ...(cookie ? { cookie } : {}) });
      expect(String(res.headers.vary).toLowerCase()).toContain('cookie');
      return /<html[^>]*>/.exec(String(decode(res)))![0];
    };
    // Without a session, /register comes drawn (data-drawn until the client takes it over).
    expect(await shell()).toBe('<html lang="ar" dir="rtl" data-session="0" data-drawn="">');
    expect(await shell('lang=en')).toBe('<html lang="en" dir="ltr" data-session="0" data-drawn="">');
    expect(await shell('lang=ar; absher_session=1')).toBe('<html lang="ar" dir="rtl" data-session="1">');
    expect(await shell('absher_session=1; lang=en')).toBe('<html lang="en" dir="ltr" data-session="1">');
    // Anything else is the portal's default, Arabic.
    expect(await shell('lang=fr')).toBe('<html lang="ar" dir="rtl" data-session="0" data-drawn="">');
  });

  it('compresses GraphQL answers over 1 KB as the client accepts, and leaves small ones as they are', async () => {
    const post = (query: string, accept: string | null) => get(`${t.url}/graphql`, { 'content-type': 'application/json', ...(accept ? { 'accept-encoding': accept } : {}) }, JSON.stringify({ query }));
    const catalogue = '{ services(first: 100) { nodes { code nameAr nameEn descriptionAr descriptionEn } } }';
    const plain = await post(catalogue, null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    for (const [accept, encoding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const res = await post(catalogue, accept);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(varies(res)).toBe(true);
      expect(res.body.length).toBeLessThan(plain.body.length / 2);
      expect(JSON.parse(String(decode(res))).data).toEqual(JSON.parse(String(plain.body)).data);
    }
    const small = await post('{ __typename }', 'br, gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(String(small.body)).data).toEqual({ __typename: 'Query' });
  });

  it('answers an unknown asset 404, whatever the encoding asked', async () => {
    const res = await get(`${t.url}/assets/nope-12345678.js`, { 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(404);
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});
