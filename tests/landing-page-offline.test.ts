import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerPageHtml } from '../server/http/explorer';
import { startTestApp, TestApp } from './helpers/test-app';

/**
 * `GET /graphql` in a browser is the offline explorer (GraphiQL, built into client/dist/explorer).
 * tests/browser/explorer.test.ts drives the built page in Chromium with the network cut off; these
 * check, without a browser, what the server sends and how it fills in the page.
 */

/** Every URL the page would make a browser load by itself: scripts, styles, images, frames, fonts. */
function loadedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/<(script|link|img|iframe|source|embed|object)\b[^>]*?\b(src|href|data)\s*=\s*["']?([^"'\s>]+)/gi)) {
    // A plain link to another page is not loaded; stylesheets, icons and preloads are.
    if (m[1].toLowerCase() === 'link' && !/rel\s*=\s*["']?(stylesheet|icon|preload|modulepreload|prefetch)/i.test(m[0])) continue;
    urls.push(m[3]);
  }
  for (const m of html.matchAll(/(?:@import\s+|url\()\s*["']?([^"')\s]+)/gi)) urls.push(m[1]);
  return urls;
}

describe('the explorer page as the server fills it in', () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(path.join(tmpdir(), 'absher-explorer-'));
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('puts the settings into the built page’s meta tag, escaped', () => {
    mkdirSync(dist, { recursive: true });
    writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><html><head><meta name="absher-explorer" content="{}" /><script type="module" crossorigin src="/explorer/assets/index-1.js"></script></head><body></body></html>',
    );
    const html = explorerPageHtml({ introspection: true, demoSignIn: false }, 'http://localhost:4000', dist);
    expect(html).toContain('<meta name="absher-explorer" content="{&quot;introspection&quot;:true,&quot;demoSignIn&quot;:false}">');
    expect(html).toContain('src="/explorer/assets/index-1.js"');
  });

  it('refuses a built page without the settings tag, rather than serving one that cannot know them', () => {
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    expect(() => explorerPageHtml({ introspection: true, demoSignIn: false }, 'http://localhost:4000', dist)).toThrow(/absher-explorer/);
  });

  it('says how to build it when it is not built, with Sandbox as the online alternative only while introspection is on', () => {
    const missing = path.join(dist, 'missing');
    const open = explorerPageHtml({ introspection: true, demoSignIn: false }, 'http://localhost:4000', missing);
    expect(open).toContain('npm run build:client');
    expect(open).toContain('studio.apollographql.com/sandbox/explorer?endpoint=http%3A%2F%2Flocalhost%3A4000%2Fgraphql');
    expect(open).toMatch(/lang="ar"/);
    expect(open).not.toMatch(/<script/i);
    const closed = explorerPageHtml({ introspection: false, demoSignIn: false }, 'http://localhost:4000', missing);
    expect(closed).toContain('Introspection is off');
    expect(closed).not.toContain('id="sandbox"');
  });
});

describe('GET /graphql in a browser', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.stop());

  it('answers a page that loads nothing from elsewhere, under the strict CSP', async () => {
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(loadedUrls(html).filter((u) => /^(https?:)?\/\//i.test(u))).toEqual([]);
    // No inline script to allow: every script of the page is a file of this origin.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    // Monaco's workers are files of this origin too: without a worker-src they fall under script-src.
    const directives = res.headers
      .get('content-security-policy')!
      .split(';')
      .map((d) => d.trim());
    expect(directives).toContain("script-src 'self'");
    expect(directives.filter((d) => d.startsWith('worker-src'))).toEqual([]);
    expect(directives).toContain("default-src 'self'");
  });

  it('is not what API clients get: a GraphQL GET still answers queries', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: { __typename: 'Query' }, extensions: { cost: { requested: 1 } } });
  });
});
