import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { arrayConnection, type Connection, jsonCursor, PageArgs, pageRequest, toConnection } from '../../shared/connection';
import { Access, Actor } from '../../shared/access';
import type { Context } from '../../shared/context';
import type { Deps } from '../../shared/module';
import {
  ChangeEmailInput,
  ChangeMobileInput,
  ChangePreferredLanguageInput,
  ChangePasswordInput,
  ConfirmEmailChangeInput,
  ReauthenticateInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  RevokeSessionInput,
} from './account-care.inputs';
import {
  ChangeEmailPayload,
  ChangeMobilePayload,
  ChangePreferredLanguagePayload,
  ConfirmEmailChangePayload,
  PasswordChangePayload,
  ReauthenticatePayload,
  RequestPasswordResetPayload,
  RevokeOtherSessionsPayload,
  RevokeSessionPayload,
  SecurityEvent,
  SecurityEventConnection,
  securityEventOf,
  sessionInfoOf,
  SessionInfo,
  SessionInfoConnection,
  VerifyMobileChangePayload,
  VerifyReauthenticationPayload,
} from './account-care.payloads';
import { IdentityErrors } from './identity.errors';
import { VerifyCodeInput } from './identity.inputs';
import { captchaSpent, challengeOf } from './identity.resolver';

const REAUTH_NOTE = 'Needs a re-authentication of this session in the last 10 minutes (`reauthenticate`, then `verifyReauthentication`), else the error REAUTHENTICATION_REQUIRED.';

/** The security history's cursor: the event's number (no personal data). */
const activityCursor = jsonCursor<[number]>(['number']);

/** Account care: thin calls into `AccountCareService`, which holds every rule. */
@Resolver()
export class AccountCareResolver {
  constructor(private readonly deps: Deps<'accountCare' | 'captchas' | 'ids'>) {}

  @Access('anyone', { spends: ['reset-address'], triesSecret: true })
  @Mutation(() => RequestPasswordResetPayload, {
    description:
      'Forgotten password, step 1: national ID, the registered mobile and the image code. The answer is the same whether or not they match an account; when they do, a code goes to that mobile.',
  })
  async requestPasswordReset(@Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput, @Ctx() ctx: Context): Promise<RequestPasswordResetPayload> {
    const result = await IdentityErrors.attempt(ctx.lang, async () => ({ challenge: challengeOf(await this.deps.accountCare.requestPasswordReset(ctx.work, input, ctx.meta)) }));
    return { ...result, captchaSpent: await captchaSpent(this.deps.captchas, ctx, input.captchaId, result.errors) };
  }

  @Access('anyone', { triesSecret: true })
  @Mutation(() => PasswordChangePayload, {
    description: 'Forgotten password, step 2: the SMS code and the new password. Every session of the account ends; log in with the new password.',
  })
  async resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: Context): Promise<PasswordChangePayload> {
    const result = await IdentityErrors.attempt(ctx.lang, async () => {
      await this.deps.accountCare.resetPassword(ctx.work, input, ctx.meta);
      return { passwordChanged: true };
    });
    return { passwordChanged: result.passwordChanged ?? false, errors: result.errors };
  }

  @Access('signedIn', { triesSecret: true })
  @Mutation(() => PasswordChangePayload, { description: 'Changes the password of the signed-in account. Every other session ends; this one stays.' })
  async changePassword(@Actor() actor: Actor, @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context): Promise<PasswordChangePayload> {
    const result = await IdentityErrors.attempt(ctx.lang, async () => {
      await this.deps.accountCare.changePassword(ctx.work, actor, input, ctx.meta);
      return { passwordChanged: true };
    });
    return { passwordChanged: result.passwordChanged ?? false, errors: result.errors };
  }

  @Access('signedIn', { triesSecret: true })
  @Mutation(() => ReauthenticatePayload, {
    description:
      'Re-authentication, step 1: the password again; a code is sent to the registered mobile. Needed before `changeEmail` and `changeMobile`: the pair proves, within 10 minutes, that the person at this session still knows the password and holds the phone.',
  })
  reauthenticate(@Actor() actor: Actor, @Arg('input', () => ReauthenticateInput) input: ReauthenticateInput, @Ctx() ctx: Context): Promise<ReauthenticatePayload> {
    return IdentityErrors.attempt(ctx.lang, async () => ({ challenge: challengeOf(await this.deps.accountCare.reauthenticate(ctx.work, actor, input.password, ctx.meta)) }));
  }

  @Access('signedIn', { triesSecret: true })
  @Mutation(() => VerifyReauthenticationPayload, { description: 'Re-authentication, step 2: the SMS code. This session may then change the mobile or e-mail for 10 minutes.' })
  verifyReauthentication(@Actor() actor: Actor, @Arg('input', () => VerifyCodeInput) input: VerifyCodeInput, @Ctx() ctx: Context): Promise<VerifyReauthenticationPayload> {
    return IdentityErrors.attempt(ctx.lang, async () => ({
      reauthenticatedUntil: await this.deps.accountCare.verifyReauthentication(ctx.work, actor, input.challengeId, input.code, ctx.meta),
    }));
  }

  @Access('signedIn')
  @Mutation(() => ChangeEmailPayload, { description: `Changes the e-mail address: a confirmation link goes to the new address and a notice to the old one. ${REAUTH_NOTE}` })
  async changeEmail(@Actor() actor: Actor, @Arg('input', () => ChangeEmailInput) input: ChangeEmailInput, @Ctx() ctx: Context): Promise<ChangeEmailPayload> {
    const result = await IdentityErrors.attempt(ctx.lang, async () => {
      await this.deps.accountCare.changeEmail(ctx.work, actor, input, ctx.meta);
      return { confirmationSent: true };
    });
    return { confirmationSent: result.confirmationSent ?? false, errors: result.errors };
  }

  @Access('anyone', { triesSecret: true })
  @Mutation(() => ConfirmEmailChangePayload, { description: 'Confirms a new e-mail address with the token of the link sent to it; the account then uses it.' })
  async confirmEmailChange(@Arg('input', () => ConfirmEmailChangeInput) input: ConfirmEmailChangeInput, @Ctx() ctx: Context): Promise<ConfirmEmailChangePayload> {
    const result = await IdentityErrors.attempt(ctx.lang, async () => {
      await this.deps.accountCare.confirmEmailChange(ctx.work, input.token);
      return { changed: true };
    });
    return { changed: result.changed ?? false, errors: result.errors };
  }

  @Access('signedIn', { triesSecret: true })
  @Mutation(() => ChangeMobilePayload, {
    description: `Changes the registered mobile to another number the registry links to your ID: a code is sent to the new number (\`verifyMobileChange\`). ${REAUTH_NOTE}`,
  })
  changeMobile(@Actor() actor: Actor, @Arg('input', () => ChangeMobileInput) input: ChangeMobileInput, @Ctx() ctx: Context): Promise<ChangeMobilePayload> {
    return IdentityErrors.attempt(ctx.lang, async () => ({ challenge: challengeOf(await this.deps.accountCare.changeMobile(ctx.work, actor, input.newMobile, ctx.meta)) }));
  }

  @Access('signedIn', { triesSecret: true })
  @Mutation(() => VerifyMobileChangePayload, { description: 'The code sent to the new mobile makes it the registered one; the old number gets a notice.' })
  verifyMobileChange(@Actor() actor: Actor, @Arg('input', () => VerifyCodeInput) input: VerifyCodeInput, @Ctx() ctx: Context): Promise<VerifyMobileChangePayload> {
    return IdentityErrors.attempt(ctx.lang, async () => ({ account: await this.deps.accountCare.verifyMobileChange(ctx.work, actor, input.challengeId, input.code, ctx.meta) }));
  }

  @Access('signedIn')
  @Mutation(() => ChangePreferredLanguagePayload, {
    description: 'Sets the language the portal, SMS, e-mail and error messages use for the signed-in account (what the language switch calls when signed in).',
  })
  changePreferredLanguage(@Actor() actor: Actor, @Arg('input', () => ChangePreferredLanguageInput) input: ChangePreferredLanguageInput, @Ctx() ctx: Context): Promise<ChangePreferredLanguagePayload> {
    // Answered in the language just chosen: the person switched because they read it better.
    return IdentityErrors.attempt(input.language, async () => ({ account: await this.deps.accountCare.changePreferredLanguage(ctx.work, actor, input.language) }));
  }

  @Access('signedIn')
  @Query(() => SessionInfoConnection, { description: 'Where you are logged in: your live sessions, most recently used first.' })
  async mySessions(@Actor() actor: Actor, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<Connection<SessionInfo>> {
    const sessions = await this.deps.accountCare.mySessions(ctx.work, actor);
    return arrayConnection(
      sessions.map((s) => sessionInfoOf(this.deps.ids, s, actor)),
      args,
      (s) => s.id,
      ctx.lang,
    );
  }

  @Access('signedIn')
  @Mutation(() => RevokeSessionPayload, { description: 'Ends one of your sessions (this one too, if you choose it). Its access tokens stop working at once.' })
  async revokeSession(@Actor() actor: Actor, @Arg('input', () => RevokeSessionInput) input: RevokeSessionInput, @Ctx() ctx: Context): Promise<RevokeSessionPayload> {
    const result = await IdentityErrors.attempt(ctx.lang, async () => {
      // A global ID, or (as before them) the session's own id.
      const decoded = this.deps.ids.decode(input.id);
      await this.deps.accountCare.revokeSession(ctx.work, actor, decoded?.type === 'SessionInfo' ? decoded.key : input.id, ctx.meta);
      return { revoked: true };
    });
    return { revoked: result.revoked ?? false, errors: result.errors };
  }

  @Access('signedIn')
  @Mutation(() => RevokeOtherSessionsPayload, { description: 'Ends every session of yours except this one ("log out everywhere else").' })
  async revokeOtherSessions(@Actor() actor: Actor, @Ctx() ctx: Context): Promise<RevokeOtherSessionsPayload> {
    return { revokedCount: await this.deps.accountCare.revokeOtherSessions(ctx.work, actor, ctx.meta) };
  }

  @Access('signedIn')
  @Query(() => SecurityEventConnection, {
    description: 'Your security history, newest first: log-ins with time and address, refused attempts, locks, changes of password, mobile and e-mail, ended sessions.',
  })
  async myActivity(@Actor() actor: Actor, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<Connection<SecurityEvent>> {
    const page = pageRequest(args, activityCursor, ctx.lang);
    const events = await this.deps.accountCare.myActivity(ctx.work, actor.accountId, page);
    return toConnection(
      events.map((e) => securityEventOf(this.deps.ids, e)),
      page,
      (e) => [Number(this.deps.ids.decode(e.id)!.key)] as [number],
      activityCursor,
    );
  }
}
