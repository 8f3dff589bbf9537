import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../shared/module';
import { setRefreshCookie } from '../identity';
import { SsoFailure } from './sso.errors';
import { failurePage, pageLanguage } from './sso.pages';
import { SsoPendingKind, SsoService, TRANSACTION_TTL_SECONDS } from './sso.service';

/** state, nonce, PKCE verifier and return path, sealed; only ever sent back to /auth/sso. */
export const TRANSACTION_COOKIE = 'absher_sso';

/** The client's pages that finish a pending SSO step; the token travels in the fragment, never to a server log. */
export const PENDING_PAGES: Record<SsoPendingKind, string> = {
  [SsoPendingKind.REGISTER]: '/sso/register',
  [SsoPendingKind.LINK]: '/sso/link',
};

/** The client's page where a person who proved their ID for account recovery names the new mobile. */
export const RECOVERY_PAGE = '/recover/sso';

const TRANSACTION_COOKIE_OPTIONS = {
  httpOnly: true,
  secure: true,
  // Lax, not Strict: the browser comes back from the provider's site by a top-level GET, and a
  // Strict cookie would not be sent with it.
  sameSite: 'lax',
  path: '/auth/sso',
} as const;

/** `GET /auth/sso/start` and `GET /auth/sso/callback` (only registered when SSO is configured). */
export function registerSsoRoutes(http: FastifyInstance, { rateLimits, work }: Deps<'rateLimits' | 'work'>, sso: SsoService): void {
  const fail = (request: FastifyRequest, reply: FastifyReply, failure: SsoFailure) =>
    reply
      .code(failure === SsoFailure.UNAVAILABLE ? 503 : failure === SsoFailure.RATE_LIMITED ? 429 : 400)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(failurePage(failure, pageLanguage(request.cookies.lang, request.headers['accept-language'])));

  http.get<{ Querystring: { returnTo?: string; intent?: string } }>('/auth/sso/start', async (request, reply) => {
    const started = await sso.start(request.query.returnTo, request.query.intent === 'recovery' ? 'recovery' : 'sign-in');
    if ('failure' in started) return fail(request, reply, started.failure);
    reply.setCookie(TRANSACTION_COOKIE, started.transaction, { ...TRANSACTION_COOKIE_OPTIONS, maxAge: TRANSACTION_TTL_SECONDS });
    return reply.header('cache-control', 'no-store').redirect(started.redirect, 302);
  });

  http.get('/auth/sso/callback', async (request, reply) => {
    const lang = pageLanguage(request.cookies.lang, request.headers['accept-language']);
    const meta = { lang, clientAddress: request.ip, userAgent: request.headers['user-agent'] };
    // Each callback costs a token exchange and an audit line: counted like a log-in per address.
    try {
      await rateLimits.consume('login-address', request.ip, lang);
    } catch {
      return fail(request, reply, SsoFailure.RATE_LIMITED);
    }
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
    const outcome = await sso.callback(work.begin(), query, request.cookies[TRANSACTION_COOKIE], meta);
    // One transaction, one callback: whatever happened, the browser forgets it.
    reply.clearCookie(TRANSACTION_COOKIE, TRANSACTION_COOKIE_OPTIONS);
    reply.header('cache-control', 'no-store');
    switch (outcome.kind) {
      case 'failed':
        return fail(request, reply, outcome.failure);
      case 'signed-in':
        // The same session and cookie as after an SMS code; the client then calls refreshSession.
        setRefreshCookie(reply, outcome.signedIn.session);
        return reply.redirect(outcome.returnTo, 302);
      case 'recovery':
        // In the fragment, like a pending token: never sent to a server, never in an access log.
        return reply.redirect(`${RECOVERY_PAGE}#${new URLSearchParams({ token: outcome.token }).toString()}`, 302);
      case 'pending': {
        const fragment = new URLSearchParams({ token: outcome.token, returnTo: outcome.returnTo });
        return reply.redirect(`${PENDING_PAGES[outcome.pending]}#${fragment.toString()}`, 302);
      }
    }
  });
}
