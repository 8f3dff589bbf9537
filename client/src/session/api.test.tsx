import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { apiFetch, setAccessToken, whenSessionLost } from './api';

/** A JSON answer as the server gives it. */
const answer = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const refusedBecause = (reason: string) => answer({ data: { me: null }, errors: [{ message: '…', extensions: { code: 'UNAUTHENTICATED', reason } }] });
const refreshed = (accessToken: string) => answer({ data: { refreshSession: { __typename: 'AuthPayload', session: { accessToken }, account: { id: 'a-1' }, errors: [] } } });

const server = vi.fn<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>();
const sentWith = (call: number) => new Headers(server.mock.calls[call][1]?.headers).get('authorization');
const isRefresh = (call: number) => String(server.mock.calls[call][1]?.body).includes('RefreshSession');
let lost = 0;

beforeEach(() => {
  server.mockReset();
  vi.stubGlobal('fetch', server);
  lost = 0;
  whenSessionLost(() => (lost += 1));
  setAccessToken('old-token');
});
afterEach(() => vi.unstubAllGlobals());

test('TOKEN_EXPIRED: one refresh for requests that fail together, then each is sent again with the new token', async () => {
  server.mockImplementation(async (_input, init) => {
    if (String(init?.body).includes('RefreshSession')) return refreshed('new-token');
    return new Headers(init?.headers).get('authorization') === 'Bearer new-token' ? answer({ data: { me: { id: 'a-1' } } }) : refusedBecause('TOKEN_EXPIRED');
  });
  const [one, two] = await Promise.all([apiFetch('/graphql', { method: 'POST', body: '{"query":"{ me { id } }"}' }), apiFetch('/graphql', { method: 'POST', body: '{"query":"{ me { id } }"}' })]);
  expect(await one.json()).toEqual({ data: { me: { id: 'a-1' } } });
  expect(await two.json()).toEqual({ data: { me: { id: 'a-1' } } });
  expect(server.mock.calls.filter((_, i) => isRefresh(i))).toHaveLength(1);
  expect(sentWith(server.mock.calls.length - 1)).toBe('Bearer new-token');
  expect(lost).toBe(0);
});

test('TOKEN_EXPIRED answered after another request already refreshed: sent again with the new token, no second refresh', async () => {
  // The second request's refusal is held back until the first request's refresh is done.
  let releaseLate: () => void = () => {};
  const lateHeld = new Promise<void>((resolve) => (releaseLate = resolve));
  let expiredAnswers = 0;
  server.mockImplementation(async (_input, init) => {
    if (String(init?.body).includes('RefreshSession')) return refreshed('new-token');
    if (new Headers(init?.headers).get('authorization') === 'Bearer new-token') return answer({ data: { me: { id: 'a-1' } } });
    if (expiredAnswers++ === 1) await lateHeld;
    return refusedBecause('TOKEN_EXPIRED');
  });
  const early = apiFetch('/graphql', { method: 'POST', body: '{"query":"{ me { id } }"}' });
  const late = apiFetch('/graphql', { method: 'POST', body: '{"query":"{ me { id } }"}' });
  expect(await (await early).json()).toEqual({ data: { me: { id: 'a-1' } } });
  releaseLate();
  expect(await (await late).json()).toEqual({ data: { me: { id: 'a-1' } } });
  expect(server.mock.calls.filter((_, i) => isRefresh(i))).toHaveLength(1);
  expect(lost).toBe(0);
});

test('SESSION_ENDED and TOKEN_INVALID: no refresh is tried, the session is lost at once', async () => {
  for (const reason of ['SESSION_ENDED', 'TOKEN_INVALID']) {
    server.mockReset();
    setAccessToken('old-token');
    server.mockResolvedValue(refusedBecause(reason));
    const response = await apiFetch('/graphql', { method: 'POST', body: '{"query":"{ me { id } }"}' });
    expect((await response.json()).errors[0].extensions.reason).toBe(reason);
    expect(server).toHaveBeenCalledTimes(1);
    expect(sentWith(0)).toBe('Bearer old-token');
  }
  expect(lost).toBe(2);
});

test('TOKEN_EXPIRED whose refresh fails: the session is lost, and the refusal is what the caller gets', async () => {
  server.mockImplementation(async (_input, init) =>
    String(init?.body).includes('RefreshSession') ? answer({ data: { refreshSession: { session: null, errors: [{ code: 'SESSION_EXPIRED' }] } } }) : refusedBecause('TOKEN_EXPIRED'),
  );
  const response = await apiFetch('/graphql', { method: 'POST', body: '{"query":"{ me { id } }"}' });
  expect((await response.json()).errors[0].extensions.reason).toBe('TOKEN_EXPIRED');
  expect(server).toHaveBeenCalledTimes(2);
  expect(lost).toBe(1);
});
