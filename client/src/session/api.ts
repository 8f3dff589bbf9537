import { ApolloClient, HttpLink, InMemoryCache, type NormalizedCacheObject } from '@apollo/client';
import { print } from 'graphql';
import { RefreshSessionDocument, type AuthResultFragment, type RefreshSessionMutation } from '../gql/graphql';
import { apiLanguage } from '../i18n/i18n';

/**
 * The access token lives in memory only (never in storage a script could read); the refresh token
 * lives only in the HttpOnly cookie, which the server sets and the browser sends to /graphql.
 */
let accessToken: string | null = null;
let onSessionLost: () => void = () => {};

export function setAccessToken(token: string | null): void {
  accessToken = token;
}
export const hasAccessToken = (): boolean => accessToken !== null;

/** Called when a request needed a session and none could be restored. */
export function whenSessionLost(listener: () => void): void {
  onSessionLost = listener;
}

function headersFor(init: RequestInit | undefined): Headers {
  const headers = new Headers(init?.headers);
  headers.set('accept-language', apiLanguage());
  // Keep the refresh token out of response bodies: the HttpOnly cookie is the only copy.
  headers.set('x-refresh-token', 'cookie-only');
  if (accessToken) headers.set('authorization', `Bearer ${accessToken}`);
  else headers.delete('authorization');
  return headers;
}

/**
 * Whether the browser holds a session to restore: the server sets a readable `absher_session`
 * cookie beside the HttpOnly refresh cookie and clears both together, and says so on the page it
 * serves (`<html data-session>`, server/http/portal-shell.ts), read here without a trip to the
 * browser's cookie store. Without it the page is shown signed out at once, with no refresh request
 * to wait for. A page served by something else (Vite's development server) reads the cookie.
 */
export function mayRestoreSession(): boolean {
  const said = document.documentElement.dataset.session;
  return said !== undefined ? said === '1' : /(?:^|;\s*)absher_session=/.test(document.cookie);
}

export type RefreshResult = AuthResultFragment | null;
let refreshing: Promise<RefreshResult> | null = null;

/**
 * Trades the refresh cookie for a new access token. Refresh tokens are single use and reusing one
 * ends the whole session, so concurrent callers share one request.
 */
export function refreshSession(): Promise<RefreshResult> {
  refreshing ??= (async () => {
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: headersFor({ headers: { 'content-type': 'application/json' } }),
        body: JSON.stringify({ operationName: 'RefreshSession', query: print(RefreshSessionDocument), variables: { input: {} } }),
      });
      const body = (await response.json()) as { data?: RefreshSessionMutation };
      const result = body.data?.refreshSession ?? null;
      setAccessToken(result?.session?.accessToken ?? null);
      return result?.session ? result : null;
    } catch {
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

interface GraphQLBody {
  errors?: { extensions?: { code?: string; reason?: string } }[];
}

/**
 * fetch for Apollo's HttpLink: adds the language and the access token. When the server refuses the
 * token it says why: TOKEN_EXPIRED is refreshed once (shared with any other request doing the same,
 * and not again by a request whose answer comes after the refresh) and the request sent again; SESSION_ENDED or TOKEN_INVALID cannot be mended by a refresh, so the
 * session is over at once.
 */
export async function apiFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const sentWith = accessToken;
  const hadToken = sentWith !== null;
  const send = () => fetch(input, { ...init, credentials: 'same-origin', headers: headersFor(init) });
  const response = await send();
  if (!hadToken || !response.headers.get('content-type')?.includes('json')) return response;
  const body = (await response
    .clone()
    .json()
    .catch(() => ({}))) as GraphQLBody;
  const refused = body.errors?.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (!refused) return response;
  if (refused.extensions?.reason === 'TOKEN_EXPIRED') {
    // Another request refreshed while this one was out with the old token: send it again as it is
    // (a second refresh would spend a refresh token for nothing).
    if (accessToken !== null && accessToken !== sentWith) return send();
    if (await refreshSession()) return send();
  }
  onSessionLost();
  return response;
}

/** The browser's client; `drawnFrom`: the cache a page drawn on the server was drawn from (main.tsx). */
export function createApolloClient(drawnFrom?: object): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', fetch: apiFetch }),
    cache: drawnFrom ? new InMemoryCache().restore(drawnFrom as NormalizedCacheObject) : new InMemoryCache(),
    // While the drawn page is taken over, its queries read that cache (as the server's drawing
    // did) instead of asking again: the page is taken over as drawn, then kept fresh as usual.
    ssrForceFetchDelay: drawnFrom ? 1_000 : 0,
    defaultOptions: {
      // Server-side rules (eligibility, fees) may change between visits: always ask.
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
