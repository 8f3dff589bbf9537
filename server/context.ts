import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Authentication, Context } from './shared/context';
import { Language, languageFromHeader } from './shared/i18n';
import type { Deps } from './shared/module';

/**
 * Builds each request's context: its unit of work (a fresh EntityManager), who is asking (the
 * identity module's authenticator checks the bearer token and its session; a token that makes
 * nobody signed in is kept as `authFailure`, so it is refused rather than taken as anonymous), and
 * the language to answer in (the account's preference, else `Accept-Language`, else Arabic).
 */
export function contextBuilder({ work, authenticator, clock }: Deps<'work' | 'authenticator' | 'clock'>) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<Context> => {
    const receivedAt = performance.now();
    const unit = work.begin();
    const headerLang = languageFromHeader(request.headers['accept-language']) ?? Language.AR;
    const authorization = request.headers.authorization?.trim();
    // The scheme name is case-insensitive (RFC 9110 §11.1); some HTTP libraries send "bearer".
    const bearer = authorization && /^bearer +(\S+)$/i.exec(authorization)?.[1];
    // Credentials that are no bearer token at all are refused like a bad one, not ignored.
    const authentication: Authentication | null = bearer ? await authenticator.authenticate(unit, bearer, clock.now()) : authorization ? { failure: 'TOKEN_INVALID' } : null;
    const actor = authentication?.actor ?? null;
    const lang = actor?.preferredLanguage ?? headerLang;
    return {
      requestId: String(request.id ?? randomUUID()),
      receivedAt,
      work: unit,
      lang,
      meta: { lang, clientAddress: request.ip, userAgent: request.headers['user-agent'] },
      actor,
      authFailure: authentication?.failure ?? null,
      request,
      reply,
    };
  };
}
