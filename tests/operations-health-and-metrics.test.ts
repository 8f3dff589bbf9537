import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthOptionsDocument } from './gql/graphql';
import { databases, startTestApp, TestApp } from './helpers/test-app';

describe.each(databases)('health, readiness and metrics ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  beforeAll(async () => {
    if (enabled) t = await startTestApp({ database: kind });
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('answers /healthz and, with the database reachable and migrated, /readyz', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it.skipIf(!enabled)('exposes Prometheus metrics: latency by operation name, errors by code, event-loop lag, pool', async () => {
    await t.api.ok(AuthOptionsDocument);
    await t.api.raw({ query: '{ me { username } nope }' });
    const res = await fetch(`${t.url}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/absher_graphql_request_duration_seconds_count\{operation="AuthOptions",type="query"\} [1-9]/);
    expect(text).toMatch(/absher_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(text).toMatch(/absher_db_pool_connections\{state="used"\}/);
  });
});
