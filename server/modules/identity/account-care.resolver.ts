import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { maskMobile } from '../../shared/normalize';
import { attempt } from '../../shared/user-error';
import { Challenge } from './challenge.entity';
import { RESEND_AFTER_MS } from './codes';
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
  SecurityEventConnection,
  SessionInfo,
  VerifyMobileChangePayload,
  VerifyReauthenticationPayload,
} from './account-care.payloads';
import { VerifyCodeInput } from './identity.inputs';
import { CodeChallenge } from './identity.payloads';

const REAUTH_NOTE = 'Needs a re-authentication of this session in the last 10 minutes (`reauthenticate`, then `verifyReauthentication`), else the error REAUTHENTICATION_REQUIRED.';

const challengeOf = (challenge: Challenge): CodeChallenge => ({
  id: challenge.id,
  expiresAt: challenge.codeExpiresAt,
  maskedMobile: maskMobile(challenge.mobile),
  resendAvailableAt: new Date(challenge.lastSentAt.getTime() + RESEND_AFTER_MS),
});

/** Account care: thin calls into `AccountCareService`, which holds every rule. */
@Resolver()
export class AccountCareResolver {
  @Mutation(() => RequestPasswordResetPayload, {
    description:
      'Forgotten password, step 1: national ID, the registered mobile and the image code. The answer is the same whether or not they match an account; when they do, a code goes to that mobile.',
  })
  requestPasswordReset(@Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput, @Ctx() ctx: Context): Promise<RequestPasswordResetPayload> {
    return attempt(ctx.lang, async () => ({ challenge: challengeOf(await ctx.services.accountCare.requestPasswordReset(ctx.em, input, ctx.meta)) }));
  }

  @Mutation(() => PasswordChangePayload, {
    description: 'Forgotten password, step 2: the SMS code and the new password. Every session of the account ends; log in with the new password.',
  })
  async resetPassword(@Arg('input', () => ResetPasswordInput) input: ResetPasswordInput, @Ctx() ctx: Context): Promise<PasswordChangePayload> {
    const result = await attempt(ctx.lang, async () => {
      await ctx.services.accountCare.resetPassword(ctx.em, input, ctx.meta);
      return { passwordChanged: true };
    });
    return { passwordChanged: result.passwordChanged ?? false, errors: result.errors };
  }

  @Mutation(() => PasswordChangePayload, { description: 'Changes the password of the signed-in account. Every other session ends; this one stays.' })
  async changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context): Promise<PasswordChangePayload> {
    const result = await attempt(ctx.lang, async () => {
      await ctx.services.accountCare.changePassword(ctx.em, ctx.auth!, input, ctx.meta);
      return { passwordChanged: true };
    });
    return { passwordChanged: result.passwordChanged ?? false, errors: result.errors };
  }

  @Mutation(() => ReauthenticatePayload, {
    description:
      'Re-authentication, step 1: the password again; a code is sent to the registered mobile. Needed before `changeEmail` and `changeMobile`: the pair proves, within 10 minutes, that the person at this session still knows the password and holds the phone.',
  })
  reauthenticate(@Arg('input', () => ReauthenticateInput) input: ReauthenticateInput, @Ctx() ctx: Context): Promise<ReauthenticatePayload> {
    return attempt(ctx.lang, async () => ({ challenge: challengeOf(await ctx.services.accountCare.reauthenticate(ctx.em, ctx.auth!, input.password, ctx.meta)) }));
  }

  @Mutation(() => VerifyReauthenticationPayload, { description: 'Re-authentication, step 2: the SMS code. This session may then change the mobile or e-mail for 10 minutes.' })
  verifyReauthentication(@Arg('input', () => VerifyCodeInput) input: VerifyCodeInput, @Ctx() ctx: Context): Promise<VerifyReauthenticationPayload> {
    return attempt(ctx.lang, async () => ({
      reauthenticatedUntil: await ctx.services.accountCare.verifyReauthentication(ctx.em, ctx.auth!, input.challengeId, input.code, ctx.meta),
    }));
  }

  @Mutation(() => ChangeEmailPayload, { description: `Changes the e-mail address: a confirmation link goes to the new address and a notice to the old one. ${REAUTH_NOTE}` })
  async changeEmail(@Arg('input', () => ChangeEmailInput) input: ChangeEmailInput, @Ctx() ctx: Context): Promise<ChangeEmailPayload> {
    const result = await attempt(ctx.lang, async () => {
      await ctx.services.accountCare.changeEmail(ctx.em, ctx.auth!, input, ctx.meta);
      return { confirmationSent: true };
    });
    return { confirmationSent: result.confirmationSent ?? false, errors: result.errors };
  }

  @Mutation(() => ConfirmEmailChangePayload, { description: 'Confirms a new e-mail address with the token of the link sent to it; the account then uses it.' })
  async confirmEmailChange(@Arg('input', () => ConfirmEmailChangeInput) input: ConfirmEmailChangeInput, @Ctx() ctx: Context): Promise<ConfirmEmailChangePayload> {
    const result = await attempt(ctx.lang, async () => {
      await ctx.services.accountCare.confirmEmailChange(ctx.em, input.token);
      return { changed: true };
    });
    return { changed: result.changed ?? false, errors: result.errors };
  }

  @Mutation(() => ChangeMobilePayload, {
    description: `Changes the registered mobile to another number the registry links to your ID: a code is sent to the new number (\`verifyMobileChange\`). ${REAUTH_NOTE}`,
  })
  changeMobile(@Arg('input', () => ChangeMobileInput) input: ChangeMobileInput, @Ctx() ctx: Context): Promise<ChangeMobilePayload> {
    return attempt(ctx.lang, async () => ({ challenge: challengeOf(await ctx.services.accountCare.changeMobile(ctx.em, ctx.auth!, input.newMobile, ctx.meta)) }));
  }

  @Mutation(() => VerifyMobileChangePayload, { description: 'The code sent to the new mobile makes it the registered one; the old number gets a notice.' })
  verifyMobileChange(@Arg('input', () => VerifyCodeInput) input: VerifyCodeInput, @Ctx() ctx: Context): Promise<VerifyMobileChangePayload> {
    return attempt(ctx.lang, async () => ({ account: await ctx.services.accountCare.verifyMobileChange(ctx.em, ctx.auth!, input.challengeId, input.code, ctx.meta) }));
  }

  @Mutation(() => ChangePreferredLanguagePayload, {
    description: 'Sets the language the portal, SMS, e-mail and error messages use for the signed-in account (what the language switch calls when signed in).',
  })
  changePreferredLanguage(@Arg('input', () => ChangePreferredLanguageInput) input: ChangePreferredLanguageInput, @Ctx() ctx: Context): Promise<ChangePreferredLanguagePayload> {
    // Answered in the language just chosen: the person switched because they read it better.
    return attempt(input.language, async () => ({ account: await ctx.services.accountCare.changePreferredLanguage(ctx.em, ctx.auth!, input.language) }));
  }

  @Query(() => [SessionInfo], { description: 'Where you are logged in: your live sessions, most recently used first.' })
  async mySessions(@Ctx() ctx: Context): Promise<SessionInfo[]> {
    const sessions = await ctx.services.accountCare.mySessions(ctx.em, ctx.auth!);
    return sessions.map((s) => ({
      id: s.id,
      device: s.userAgent || 'Unknown device',
      clientAddress: s.clientAddress ?? null,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      current: s.id === ctx.auth!.sessionId,
    }));
  }

  @Mutation(() => RevokeSessionPayload, { description: 'Ends one of your sessions (this one too, if you choose it). Its access tokens stop working at once.' })
  async revokeSession(@Arg('input', () => RevokeSessionInput) input: RevokeSessionInput, @Ctx() ctx: Context): Promise<RevokeSessionPayload> {
    const result = await attempt(ctx.lang, async () => {
      await ctx.services.accountCare.revokeSession(ctx.em, ctx.auth!, input.id, ctx.meta);
      return { revoked: true };
    });
    return { revoked: result.revoked ?? false, errors: result.errors };
  }

  @Mutation(() => RevokeOtherSessionsPayload, { description: 'Ends every session of yours except this one ("log out everywhere else").' })
  async revokeOtherSessions(@Ctx() ctx: Context): Promise<RevokeOtherSessionsPayload> {
    return { revokedCount: await ctx.services.accountCare.revokeOtherSessions(ctx.em, ctx.auth!, ctx.meta) };
  }

  @Query(() => SecurityEventConnection, {
    description: 'Your security history, newest first: log-ins with time and address, refused attempts, locks, changes of password, mobile and e-mail, ended sessions.',
  })
  async myActivity(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<SecurityEventConnection> {
    const page = await ctx.services.accountCare.myActivity(ctx.em, ctx.auth!.accountId, first, after);
    const nodes = page.items.map((e) => ({ id: String(e.id), type: e.type, at: e.createdAt, clientAddress: e.clientAddress ?? null }));
    return {
      edges: nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
      nodes,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    };
  }
}
