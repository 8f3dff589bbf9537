import { createHash } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from '../server/http/hardening';
import { startTestApp, TestApp } from './helpers/test-app';

/** What production requires and nobody may default: generated here, as an operator would. */
async function productionEnv(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'EdDSA', kid: 'test-1' };
  return {
    NODE_ENV: 'production',
    JWT_PRIVATE_KEYS: JSON.stringify([jwk]),
    APP_SECRETS: createHash('sha256').update(String(Math.random())).digest('hex'),
    PAYMENT_CALLBACK_SECRET: createHash('sha256').update(String(Math.random())).digest('hex'),
    DB_AUTO_MIGRATE: 'true',
    CORS_ORIGINS: 'https://portal.example.sa',
    ...extra,
  };
}

const post = (t: TestApp, body: string, headers: Record<string, string> = {}) => fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('production settings (NODE_ENV=production)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: await productionEnv() });
  });
  afterAll(async () => t?.stop());

  it('has introspection off', async () => {
    const res = await t.api.raw({ query: '{ __schema { types { name } } }' });
    expect(res.status).toBe(200); // GraphQL over HTTP: a validation failure is 200 for application/json
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].message).toMatch(/introspection/i);
    expect((await t.api.raw({ query: '{ __typename }' })).data).toEqual({ __typename: 'Query' });
  });

  it('gives no field suggestions and no stack traces', async () => {
    const res = await t.api.raw({ query: '{ authOption { captchaRequired } }' });
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const text = JSON.stringify(res.errors);
    expect(text).not.toMatch(/did you mean/i);
    expect(text).not.toMatch(/authOptions/);
    expect(text).not.toMatch(/stacktrace|exception|\.ts:\d+/);
    const bad = await t.api.raw('{"query": "{ __typename', {});
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.errors ?? [])).not.toMatch(/stacktrace|at .*\(.*:\d+:\d+\)/);
  });

  it('names no enum value either, in a document or in variables (security round two, low)', async () => {
    // graphql-armor's mask missed graphql-js's enum form: `Did you mean the enum value "PASSPORTS"?`
    const literal = await t.api.raw({ query: '{ services(category: PASSPORT) { nodes { code } } }' });
    const variable = await t.api.raw({ query: 'query Probe($c: ServiceCategoryCode) { services(category: $c) { nodes { code } } }', variables: { c: 'PASSPORT' } });
    for (const res of [literal, variable]) {
      expect(res.errors?.length).toBeGreaterThan(0);
      const text = JSON.stringify(res.errors);
      expect(text).toMatch(/PASSPORT/);
      expect(text).not.toMatch(/did you mean/i);
      expect(text).not.toMatch(/PASSPORTS/);
    }
    const fragment = await t.api.raw({ query: '{ services { nodes { ... on EService { code } nameX } } }' });
    expect(JSON.stringify(fragment.errors)).not.toMatch(/did you mean/i);
  });

  it('serves no metrics without METRICS_TOKEN (security round two, low)', async () => {
    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toMatch(/absher_graphql|nodejs_/);
  });

  it('has no automatic persisted queries: a hash alone runs nothing, and no document is stored by hash (security round two, low)', async () => {
    const query = '{ __typename }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const register = await t.api.raw({ query, extensions: { persistedQuery } });
    expect(register.data ?? null).toBeNull();
    expect(register.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    const byHash = await t.api.raw({ extensions: { persistedQuery } });
    expect(byHash.data ?? null).toBeNull();
    expect(byHash.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it('prevents CSRF: simple requests (no JSON content type, no preflight header) are refused', async () => {
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    const form = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect(form.status).toBeLessThan(500);
    const preflighted = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });

  it('allows CORS only from CORS_ORIGINS; Apollo Studio only when listed', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await preflight('https://portal.example.sa');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.sa');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('content-type');
    expect(allowed.headers.get('access-control-max-age')).toBe('600');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect(allowed.headers.get('vary')).toMatch(/\bOrigin\b/);
    const read = await post(t, '{"query":"{ __typename }"}', { origin: 'https://portal.example.sa' });
    expect(read.headers.get('access-control-allow-origin')).toBe('https://portal.example.sa');
    expect(read.headers.get('vary')).toMatch(/\bOrigin\b/);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('https://studio.apollographql.com')).headers.get('access-control-allow-origin')).toBeNull();
    const res = await post(t, '{"query":"{ __typename }"}', { origin: 'https://evil.example' });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends security headers: pages a CSP that allows scripts from this origin only (the explorer has no inline script), data answers the API set', async () => {
    const page = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp.split(';')).toContain("script-src 'self'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    // An answer of data gets the API's set (OWASP REST): nothing may load from it or frame it.
    const api = await post(t, '{"query":"{ __typename }"}');
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers.get('x-frame-options')).toBe('DENY');
    expect(api.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(api.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('limits the request body and sets header and request timeouts', async () => {
    const huge = await post(t, JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(300 * 1024) } }));
    expect(huge.status).toBe(413);
    expect(t.app.http.server.headersTimeout).toBe(HEADERS_TIMEOUT_MS);
    expect(t.app.http.server.requestTimeout).toBe(REQUEST_TIMEOUT_MS);
  });
});

describe('production with INTROSPECTION=true and Apollo Studio allowed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: await productionEnv({ INTROSPECTION: 'true', CORS_ORIGINS: 'https://portal.example.sa,https://studio.apollographql.com' }) });
  });
  afterAll(async () => t?.stop());

  it('answers introspection and lets Studio call', async () => {
    const res = await t.api.raw({ query: '{ __schema { queryType { name } } }' });
    expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const preflight = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://studio.apollographql.com', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://studio.apollographql.com');
  });
});

describe('production with METRICS_TOKEN', () => {
  const token = createHash('sha256').update(String(Math.random())).digest('hex');
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: await productionEnv({ METRICS_TOKEN: token }) });
  });
  afterAll(async () => t?.stop());

  it('gives the metrics only to Authorization: Bearer <METRICS_TOKEN>', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Basic ${token}`, `Bearer ${token.slice(0, -1)}`, 'Bearer ']) {
      const res = await fetch(`${t.url}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(res.status, String(authorization)).toBe(401);
      expect(await res.text()).not.toMatch(/absher_graphql|nodejs_/);
    }
    const res = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('nodejs_eventloop_lag_seconds');
  });
});
