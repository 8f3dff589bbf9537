import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Language } from './i18n';
import type { UnitOfWork } from './unit-of-work';

/** Where a request comes from, as audits and limits need it. */
export interface ClientMeta {
  clientAddress: string;
  userAgent?: string;
}

/** The client, and the language to answer it in. */
export interface RequestMeta extends ClientMeta {
  lang: Language;
}

/** Who is asking: a live session's account, once its access token and session have been checked. */
export interface Actor {
  accountId: string;
  sessionId: string;
  /** The account holder's national ID or iqama number. */
  nationalId: string;
  preferredLanguage: Language;
}

/**
 * Why a bearer token that came with a request made nobody signed in, as `extensions.reason` of the
 * `UNAUTHENTICATED` error says it: it expired (refresh, then retry), it is not one of ours
 * (malformed, altered, signed by an unknown key, for another audience), or its session has ended
 * (log-out, revocation, reuse of a refresh token, absolute lifetime: sign in again).
 */
export type AuthFailure = 'TOKEN_EXPIRED' | 'TOKEN_INVALID' | 'SESSION_ENDED';

/** Who a bearer token stands for, or why it stands for nobody. */
export type Authentication = { actor: Actor; failure?: undefined } | { actor?: undefined; failure: AuthFailure };

/** Per request: its unit of work, who is asking, and in which language to answer. */
export interface Context {
  requestId: string;
  /** When the request arrived (`performance.now()`, ms): what request timings count from. */
  receivedAt: number;
  work: UnitOfWork;
  /** The caller's language: the account's preference, else `Accept-Language`, else Arabic. */
  lang: Language;
  meta: RequestMeta;
  /** Null when anonymous. Resolvers that need it take `@Actor()`, which is never null. */
  actor: Actor | null;
  /** Set when a bearer token came and made nobody signed in: it is refused, never taken as anonymous. */
  authFailure: AuthFailure | null;
  request: FastifyRequest;
  reply: FastifyReply;
}

/**
 * How the kernel learns who is asking. The identity module provides it (`authenticator` in the
 * registry), so the HTTP layer knows no module.
 */
export interface Authenticator {
  authenticate(work: UnitOfWork, bearerToken: string, now: Date): Promise<Authentication>;
}
