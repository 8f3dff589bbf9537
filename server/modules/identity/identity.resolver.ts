import type { FastifyReply } from 'fastify';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { REFRESH_COOKIE } from '../../context';
import { attempt } from '../../shared/user-error';
import { Person } from '../registry/person.entity';
import { Account } from './account.entity';
import { Challenge } from './challenge.entity';
import {
  ConfirmEmailInput,
  LoginInput,
  RefreshSessionInput,
  RegisterInput,
  ResendCodeInput,
  VerifyCodeInput,
} from './identity.inputs';
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
  Session,
} from './identity.payloads';
import type { SignedIn } from './identity.service';
import type { IssuedSession } from './sessions';
import { maskMobile } from '../../shared/normalize';
import { RESEND_AFTER_MS } from './codes';

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
}

/** Sent by the web client: keep the refresh token in the HttpOnly cookie only, never in the body. */
const COOKIE_ONLY_HEADER = 'x-refresh-token';

/** A signed-in session as `AuthPayload` returns it (also for the SSO mutations), with its refresh cookie set. */
export function signInPayload(ctx: Context, signedIn: SignedIn): { session: Session; account: Account } {
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

@Resolver()
export class IdentityResolver {
  @Query(() => AuthOptions, { description: 'How people may log in here: whether an image code is needed, whether single sign-on is on.' })
  authOptions(@Ctx() ctx: Context): AuthOptions {
    return { captchaRequired: ctx.services.captchas.required, ssoEnabled: ctx.services.sso !== null };
  }

  @Query(() => Account, { nullable: true, description: 'The signed-in account; null when anonymous.' })
  me(@Ctx() ctx: Context): Account | null {
    return ctx.account;
  }

  @Mutation(() => Captcha, { description: 'A new 4-digit image code for `register` or `login`: single use, valid 2 minutes.' })
  newCaptcha(@Ctx() ctx: Context): Promise<Captcha> {
    return ctx.services.captchas.create(ctx.em);
  }

  @Mutation(() => RegisterPayload, {
    description:
      'Step 1 of registration: checks every rule of SPEC §2 and sends a 6-digit code by SMS. An ID that already has an account gets the same answer (its owner gets an SMS instead), so this reveals nobody.',
  })
  register(@Arg('input', () => RegisterInput) input: RegisterInput, @Ctx() ctx: Context): Promise<RegisterPayload> {
    const lang = input.preferredLanguage ?? ctx.lang;
    return attempt(lang, async () => ({ challenge: this.challenge(ctx, await ctx.services.identity.register(ctx.em, input, ctx.meta)) }));
  }

  @Mutation(() => AuthPayload, { description: 'Step 2 of registration: the SMS code creates the account and signs the person in.' })
  verifyRegistration(@Arg('input', () => VerifyCodeInput) input: VerifyCodeInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return attempt(ctx.lang, async () => this.signIn(ctx, await ctx.services.identity.verifyRegistration(ctx.em, input.challengeId, input.code, ctx.meta)));
  }

  @Mutation(() => LoginPayload, {
    description:
      'Step 1 of log-in: user name or ID, password and image code; sends a code to the registered mobile. Unknown user, wrong password and locked account get the same answer.',
  })
  login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<LoginPayload> {
    return attempt(ctx.lang, async () => ({ challenge: this.challenge(ctx, await ctx.services.identity.login(ctx.em, input, ctx.meta)) }));
  }

  @Mutation(() => AuthPayload, { description: 'Step 2 of log-in: the SMS code signs the person in.' })
  verifyLogin(@Arg('input', () => VerifyCodeInput) input: VerifyCodeInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return attempt(ctx.lang, async () => this.signIn(ctx, await ctx.services.identity.verifyLogin(ctx.em, input.challengeId, input.code, ctx.meta)));
  }

  @Mutation(() => ResendCodePayload, { description: 'Sends a new code for a challenge, no sooner than 60 seconds after the last; the old code stops working.' })
  resendCode(@Arg('input', () => ResendCodeInput) input: ResendCodeInput, @Ctx() ctx: Context): Promise<ResendCodePayload> {
    return attempt(ctx.lang, async () => ({ challenge: this.challenge(ctx, await ctx.services.identity.resendCode(ctx.em, input.challengeId, ctx.meta)) }));
  }

  @Mutation(() => AuthPayload, {
    description: 'A new access token and refresh token for a refresh token (from the input, else the cookie). Each refresh token works once; reusing one ends its session.',
  })
  refreshSession(@Arg('input', () => RefreshSessionInput) input: RefreshSessionInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const token = input.refreshToken ?? ctx.request.cookies[REFRESH_COOKIE] ?? '';
    return attempt(ctx.lang, async () => {
      try {
        return this.signIn(ctx, await ctx.services.identity.refresh(ctx.em, token, ctx.meta));
      } catch (error) {
        this.clearCookie(ctx);
        throw error;
      }
    });
  }

  @Mutation(() => LogoutPayload, { description: 'Ends the current session (its access tokens stop working at once) and clears the refresh cookie.' })
  async logout(@Ctx() ctx: Context): Promise<LogoutPayload> {
    const cookie = ctx.request.cookies[REFRESH_COOKIE];
    if (ctx.auth) await ctx.services.identity.logout(ctx.em, ctx.auth.sessionId, ctx.auth.accountId, ctx.meta);
    else if (cookie) await ctx.services.identity.logoutByRefreshToken(ctx.em, cookie, ctx.meta);
    this.clearCookie(ctx);
    return { loggedOut: true };
  }

  @Mutation(() => ConfirmEmailPayload, { description: 'Confirms the e-mail address with the token from the link sent to it.' })
  async confirmEmail(@Arg('input', () => ConfirmEmailInput) input: ConfirmEmailInput, @Ctx() ctx: Context): Promise<ConfirmEmailPayload> {
    const result = await attempt(ctx.lang, async () => ({ confirmed: (await ctx.services.identity.confirmEmail(ctx.em, input.token)).emailVerified }));
    return { confirmed: result.confirmed ?? false, errors: result.errors };
  }

  private challenge(ctx: Context, challenge: Challenge): CodeChallenge {
    return {
      id: challenge.id,
      expiresAt: challenge.codeExpiresAt,
      maskedMobile: maskMobile(challenge.mobile),
      resendAvailableAt: new Date(challenge.lastSentAt.getTime() + RESEND_AFTER_MS),
    };
  }

  private signIn(ctx: Context, signedIn: SignedIn): { session: Session; account: Account } {
    return signInPayload(ctx, signedIn);
  }

  private clearCookie(ctx: Context): void {
    ctx.reply.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure: true, sameSite: 'strict', path: '/graphql' });
  }
}

@Resolver(() => Account)
export class AccountResolver {
  @FieldResolver(() => Person, { description: 'The registry record of the account holder.' })
  person(@Root() account: Account, @Ctx() ctx: Context): Promise<Person> {
    return ctx.em.findOneOrFail(Person, account.person.unwrap().nationalId);
  }
}
