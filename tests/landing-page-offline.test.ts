import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TestApp } from './helpers/test-app';

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

describe('GET /graphql in a browser', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.stop());

  it('shows a landing page that needs no network and tells how to open Apollo Sandbox', async () => {
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Apollo Sandbox');
    expect(html).toContain('studio.apollographql.com/sandbox');
    expect(html).not.toMatch(/<script[^>]+src\s*=/i);
    const external = loadedUrls(html).filter((u) => /^(https?:)?\/\//i.test(u));
    expect(external).toEqual([]);
    // Its explorer posts to this same endpoint.
    expect(html).toContain('location.origin + location.pathname');
  });

  it('is not what API clients get: a GraphQL GET still answers queries', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('GET /graphql with introspection off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { INTROSPECTION: 'false' } });
  });
  afterAll(async () => t?.stop());

  it('says so instead of pointing at Sandbox', async () => {
    const html = await (await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('Introspection is off');
    expect(html).not.toContain('id="sandbox"');
  });
});
