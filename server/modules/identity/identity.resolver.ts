import type { FastifyReply } from 'fastify';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, Actor, OptionalActor } from '../../shared/access';
import type { Context } from '../../shared/context';
import { Cost, COST } from '../../shared/cost';
import type { Deps } from '../../shared/module';
import { Person } from '../registry';
import { Account } from './account.entity';
import type { Captchas } from './captcha';
import { IdentityErrors } from './identity.errors';
import { Challenge } from './challenge.entity';
import { ConfirmEmailInput, LoginInput, RefreshSessionInput, RegisterInput, ResendCodeInput, VerifyCodeInput } from './identity.inputs';
import {
  AuthOptions,
  AuthPayload,
  Captcha,
  CodeChallenge,
  ConfirmEmailPayload,
  LoginPayload,
  LogoutPayload,
  RegisterPayload,
  ResendCodePayload,
  ResendEmailConfirmationPayload,
  Session,
} from './identity.payloads';
import type { SignedIn } from './identity.service';
import type { IssuedSession } from './sessions';
import { maskMobile } from '../../shared/normalize';
import { RESEND_AFTER_MS } from './codes';

/** The refresh token's HttpOnly cookie: only ever sent to /graphql. */
export const REFRESH_COOKIE = 'absher_rt';

/**
 * Set and cleared with the refresh cookie, readable by the page and holding nothing secret ("1"):
 * it tells the web client whether a session may be restored. Without it a first visit renders at
 * once instead of waiting a round trip for a refresh that can only fail.
 */
export const SESSION_HINT_COOKIE = 'absher_session';

/**
 * The refresh token's cookie, set after every sign-in (SMS code, refresh, national SSO): only
 * sent to /graphql, never to another site's request.
 */
export function setRefreshCookie(reply: FastifyReply, session: IssuedSession): void {
  reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: '/graphql',
    expires: session.refreshTokenExpiresAt,
  });
  reply.setCookie(SESSION_HINT_COOKIE, '1', { secure: true, sameSite: 'strict', path: '/', expires: session.refreshTokenExpiresAt });
}

/**
 * For a payload's `captchaSpent`: a success used the image code; after a refusal, the database says
 * whether it still can be used (only the input's own checks failed) or not.
 */
export async function captchaSpent(captchas: Captchas, ctx: Context, captchaId: string | null | undefined, errors: readonly unknown[]): Promise<boolean> {
  if (!captchas.required || !captchaId) return false;
  return errors.length === 0 || (await captchas.isSpent(ctx.work.em, captchaId));
}

/** Sent by the web client: keep the refresh token in the HttpOnly cookie only, never in the body. */
const COOKIE_ONLY_HEADER = 'x-refresh-token';

/** A signed-in session as `AuthPayload` returns it (also for the SSO mutations), with its refresh cookie set. */
export function signInPayload(ctx: Pick<Context, 'reply' | 'request'>, signedIn: SignedIn): { session: Session; account: Account } {
  const { session, account } = signedIn;
  setRefreshCookie(ctx.reply, session);
  const cookieOnly = ctx.request.headers[COOKIE_ONLY_HEADER] === 'cookie-only';
  return {
    account,
    session: {
      accessToken: session.accessToken,
      accessTokenExpiresAt: session.accessTokenExpiresAt,
      refreshToken: cookieOnly ? null : session.refreshToken,
      refreshTokenExpiresAt: session.refreshTokenExpiresAt,
    },
  };
}

type IdentityResolverDeps = Deps<'config' | 'identity' | 'captchas'>;

@Resolver()
export class IdentityResolver {
  constructor(private readonly deps: IdentityResolverDeps) {}

  @Access('anyone')
  @Query(() => AuthOptions, { description: 'How people may log in here: whether an image code is needed, whether single sign-on is on.' })
  authOptions(): AuthOptions {
    const required = this.deps.captchas.required;
    return { captchaRequired: required, proofOfWorkRequired: required, ssoEnabled: this.deps.config.sso !== undefined };
  }

  @Access('anyone')
  @Query(() => Account, {
    nullable: true,
    description:
      'The signed-in account; null when no token is sent. A token that no longer counts is refused, not answered as anonymous: UNAUTHENTICATED with `extensions.reason` TOKEN_EXPIRED (refresh, then ask again), TOKEN_INVALID or SESSION_ENDED (sign in again).',
  })
  me(@OptionalActor() actor: Actor | null, @Ctx() ctx: Context): Promise<Account | null> {
    return actor ? this.deps.identity.account(ctx.work, actor.accountId) : Promise.resolve(null);
  }

  @Access('anyone', { spends: ['captcha-address'] })
  @Mutation(() => Captcha, {
    description: 'A new 4-digit image code for `register`, `login` or `requestPasswordReset`, with its audio version and proof-of-work challenge: single use, valid 2 minutes.',
  })
  newCaptcha(@Ctx() ctx: Context): Promise<Captcha> {
    return this.deps.captchas.create(ctx.work.em);
  }

  @Access('anyone', { spends: ['register-address'], triesSecret: true })
  @Mutation(() => RegisterPayload, {
    description:
      'Step 1 of registration: checks the input itself (formats, password rules, e-mail confirmation, terms, image code) and sends a 6-digit code by SMS to the mobile typed. Every well-formed registration gets this same answer: the civil registry and the accounts are consulted only at `verifyRegistration`, once the code proves the mobile (an ID that already has an account gets a code that cannot verify, and its owner an SMS), so this reveals nothing about any ID or user name.',
  })
  async register(@Arg('input', () => RegisterInput) input: RegisterInput, @Ctx() ctx: Context): Promise<RegisterPayload> {
    const lang = input.preferredLanguage ?? ctx.lang;
    const result = await IdentityErrors.attempt(lang, async () => ({ challenge: challengeOf(await this.deps.identity.register(ctx.work, input, ctx.meta)) }));
    return { ...result, captchaSpent: await captchaSpent(this.deps.captchas, ctx, input.captchaId, result.errors) };
  }

  @Access('anyone', { triesSecret: true })
  @Mutation(() => AuthPayload, {
    description:
      "Step 2 of registration: the SMS code proves the mobile typed at `register`; then the civil registry's verdict is given to the holder of a mobile it links to that ID — `DECEASED` or `UNDER_AGE` (field `nationalId`), `USERNAME_TAKEN` (field `username`) — and to anyone else only `MOBILE_NOT_LINKED` (field `mobile`), whatever the ID: the fields are the `register` input's. A refusal spends the code (start again at `register`). Otherwise the account is created and the person signed in.",
  })
  verifyRegistration(@Arg('input', () => VerifyCodeInput) input: VerifyCodeInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return IdentityErrors.attempt(ctx.lang, async () => signInPayload(ctx, await this.deps.identity.verifyRegistration(ctx.work, input.challengeId, input.code, ctx.meta)));
  }

  @Access('anyone', { spends: ['login-address'], triesSecret: true })
  @Mutation(() => LoginPayload, {
    description: 'Step 1 of log-in: user name or ID, password and image code; sends a code to the registered mobile. Unknown user, wrong password and locked account get the same answer.',
  })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    const result = await IdentityErrors.attempt(ctx.lang, async () => ({ challenge: challengeOf(await this.deps.identity.login(ctx.work, input, ctx.meta)) }));
    return { ...result, captchaSpent: await captchaSpent(this.deps.captchas, ctx, input.captchaId, result.errors) };
  }

  @Access('anyone', { triesSecret: true })
  @Mutation(() => AuthPayload, { description: 'Step 2 of log-in: the SMS code signs the person in.' })
  verifyLogin(@Arg('input', () => VerifyCodeInput) input: VerifyCodeInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return IdentityErrors.attempt(ctx.lang, async () => signInPayload(ctx, await this.deps.identity.verifyLogin(ctx.work, input.challengeId, input.code, ctx.meta)));
  }

  @Access('anyone', { spends: ['resend-address'], triesSecret: true })
  @Mutation(() => ResendCodePayload, { description: 'Sends a new code for a challenge, no sooner than 60 seconds after the last; the old code stops working.' })
  resendCode(@Arg('input', () => ResendCodeInput) input: ResendCodeInput, @Ctx() ctx: Context): Promise<ResendCodePayload> {
    return IdentityErrors.attempt(ctx.lang, async () => ({ challenge: challengeOf(await this.deps.identity.resendCode(ctx.work, input.challengeId, ctx.meta)) }));
  }

  @Access('anyone', { triesSecret: true })
  @Mutation(() => AuthPayload, {
    description:
      'A new access token and refresh token for a refresh token (from the input, else the cookie). Each refresh token is traded once: presented again within 10 seconds (a second tab, a retry) it answers the same new pair; presented later, it ends its whole session.',
  })
  refreshSession(@Arg('input', () => RefreshSessionInput) input: RefreshSessionInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const token = input.refreshToken ?? ctx.request.cookies[REFRESH_COOKIE] ?? '';
    return IdentityErrors.attempt(ctx.lang, async () => {
      try {
        return signInPayload(ctx, await this.deps.identity.refresh(ctx.work, token, ctx.meta));
      } catch (error) {
        clearRefreshCookie(ctx.reply);
        throw error;
      }
    });
  }

  @Access('anyone')
  @Mutation(() => LogoutPayload, { description: 'Ends the current session (its access tokens stop working at once) and clears the refresh cookie.' })
  async logout(@Ctx() ctx: Context): Promise<LogoutPayload> {
    const cookie = ctx.request.cookies[REFRESH_COOKIE];
    if (ctx.actor) await this.deps.identity.logout(ctx.work, ctx.actor.sessionId, ctx.actor.accountId, ctx.meta);
    else if (cookie) await this.deps.identity.logoutByRefreshToken(ctx.work, cookie, ctx.meta);
    clearRefreshCookie(ctx.reply);
    return { loggedOut: true };
  }

  @Access('signedIn', { spends: ['resend-address'] })
  @Mutation(() => ResendEmailConfirmationPayload, {
    description: 'Sends the link that confirms your e-mail address again (it was lost, or has expired). At most 5 an hour to one address; refused with EMAIL_ALREADY_CONFIRMED once it is confirmed.',
  })
  async resendEmailConfirmation(@Actor() actor: Actor, @Ctx() ctx: Context): Promise<ResendEmailConfirmationPayload> {
    const result = await IdentityErrors.attempt(ctx.lang, async () => {
      await this.deps.identity.resendEmailConfirmation(ctx.work, actor.accountId, ctx.meta);
      return { sent: true };
    });
    return { sent: result.sent ?? false, errors: result.errors };
  }

  @Access('anyone', { triesSecret: true })
  @Mutation(() => ConfirmEmailPayload, { description: 'Confirms the e-mail address with the token from the link sent to it.' })
  async confirmEmail(@Arg('input', () => ConfirmEmailInput) input: ConfirmEmailInput, @Ctx() ctx: Context): Promise<ConfirmEmailPayload> {
    const result = await IdentityErrors.attempt(ctx.lang, async () => ({ confirmed: (await this.deps.identity.confirmEmail(ctx.work, input.token)).emailVerified }));
    return { confirmed: result.confirmed ?? false, errors: result.errors };
  }
}

/** The challenge as a client sees it: when the code expires, where it went (masked), when another may be sent. */
export function challengeOf(challenge: Challenge): CodeChallenge {
  return {
    id: challenge.id,
    expiresAt: challenge.codeExpiresAt,
    maskedMobile: maskMobile(challenge.mobile),
    resendAvailableAt: new Date(challenge.lastSentAt.getTime() + RESEND_AFTER_MS),
  };
}

function clearRefreshCookie(reply: FastifyReply): void {
  reply.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure: true, sameSite: 'strict', path: '/graphql' });
  reply.clearCookie(SESSION_HINT_COOKIE, { secure: true, sameSite: 'strict', path: '/' });
}

@Resolver(() => Account)
export class AccountResolver {
  constructor(private readonly deps: Deps<'identity' | 'ids'>) {}

  @FieldResolver(() => ID, { description: 'The global ID (`Node`).' })
  id(@Root() account: Account): string {
    return this.deps.ids.plain('Account', account.id);
  }

  @Cost(COST.statement)
  @FieldResolver(() => Person, { description: 'The registry record of the account holder.' })
  person(@Root() account: Account, @Ctx() ctx: Context): Promise<Person> {
    return this.deps.identity.personOf(ctx.work, account);
  }
}
