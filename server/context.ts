import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Clock } from './shared/clock';
import { Language, languageFromHeader } from './shared/i18n';
import type { Account } from './modules/identity/account.entity';
import { loadCurrentAccount } from './modules/identity/current-account';
import type { Captchas } from './modules/identity/captcha';
import type { AccountCareService } from './modules/identity/account-care.service';
import type { IdentityService, RequestMeta } from './modules/identity/identity.service';
import type { Sessions } from './modules/identity/sessions';
import type { AccessTokens, SigningKeys } from './modules/identity/tokens';
import type { Notifier } from './modules/notifications/notifier';
import type { AppointmentsService } from './modules/appointments/appointments.service';
import type { ExpiryReminders } from './modules/notifications/expiry-reminders';
import type { DigitalIdService } from './modules/digital-id/digital-id.service';
import type { RateLimits } from './modules/security/rate-limits';
import type { EServices } from './modules/requests/requests.service';
import type { PaymentsService } from './modules/payments/payments.service';
import type { SsoService } from './modules/sso/sso.service';

/** The app's long-lived parts, built once by `createApp`. */
export interface Services {
  config: Config;
  clock: Clock;
  log: Logger;
  orm: MikroORM;
  keys: SigningKeys;
  accessTokens: AccessTokens;
  sessions: Sessions;
  captchas: Captchas;
  identity: IdentityService;
  accountCare: AccountCareService;
  notifier: Notifier;
  appointments: AppointmentsService;
  reminders: ExpiryReminders;
  digitalIds: DigitalIdService;
  rateLimits: RateLimits;
  eservices: EServices;
  payments: PaymentsService;
  /** National single sign-on; null when SSO_ISSUER is not configured. */
  sso: SsoService | null;
}

export interface Auth {
  accountId: string;
  sessionId: string;
}

/** Per request: its own EntityManager fork, who is asking, and in which language to answer. */
export interface Context {
  requestId: string;
  em: EntityManager;
  services: Services;
  /** The caller's language: the account's preference, else `Accept-Language`, else Arabic. */
  lang: Language;
  meta: RequestMeta;
  auth: Auth | null;
  /** The signed-in account, loaded once per request (every signed-in operation needs it). */
  account: Account | null;
  request: FastifyRequest;
  reply: FastifyReply;
}

export const REFRESH_COOKIE = 'absher_rt';

export async function buildContext(services: Services, request: FastifyRequest, reply: FastifyReply): Promise<Context> {
  const em = services.orm.em.fork();
  const headerLang = languageFromHeader(request.headers['accept-language']) ?? Language.AR;
  let auth: Auth | null = null;
  let account: Account | null = null;
  const authorization = request.headers.authorization;
  // The scheme name is case-insensitive (RFC 9110 §11.1); some HTTP libraries send "bearer".
  const bearer = authorization && /^bearer +(\S+) *$/i.exec(authorization)?.[1];
  if (bearer) {
    const now = services.clock.now();
    const claims = await services.accessTokens.verify(bearer, now);
    if (claims && (await services.sessions.isActive(em, claims.sessionId))) {
      account = await loadCurrentAccount(em, claims.accountId);
      if (account) auth = { accountId: claims.accountId, sessionId: claims.sessionId };
    }
  }
  const lang = account?.preferredLanguage ?? headerLang;
  return {
    requestId: String(request.id ?? randomUUID()),
    em,
    services,
    lang,
    meta: { lang, clientAddress: request.ip, userAgent: request.headers['user-agent'] },
    auth,
    account,
    request,
    reply,
  };
}
