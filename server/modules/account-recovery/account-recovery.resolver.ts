import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../shared/access';
import type { Context } from '../../shared/context';
import { ErrorCode, requestError } from '../../shared/errors';
import type { Deps } from '../../shared/module';
import { challengeOf } from '../identity';
import { AccountRecoveryErrors } from './account-recovery.errors';
import {
  AccountRecoveryOptions,
  CompleteAccountRecoveryInput,
  CompleteAccountRecoveryPayload,
  IssueOfficeRecoveryCodeInDevelopmentInput,
  IssueOfficeRecoveryCodePayload,
  StartAccountRecoveryPayload,
  StartOfficeAccountRecoveryInput,
  StartSsoAccountRecoveryInput,
} from './account-recovery.types';

/**
 * "Lost your phone?": every operation is for a signed-out person (who cannot log in without the
 * registered mobile), so each is `anyone` and spends the recovery limit per address; what proves the
 * person is the SSO proof or the office's code, and then the SMS code to the new mobile.
 */
@Resolver()
export class AccountRecoveryResolver {
  constructor(private readonly deps: Deps<'accountRecovery'>) {}

  @Access('anyone')
  @Query(() => AccountRecoveryOptions, { description: 'How a person who lost the registered mobile can prove who they are here: national SSO (when configured) or an office.' })
  accountRecoveryOptions(): AccountRecoveryOptions {
    return this.deps.accountRecovery.options();
  }

  @Access('anyone', { spends: ['recovery-address'], triesSecret: true })
  @Mutation(() => StartAccountRecoveryPayload, {
    description:
      'Lost phone, office path, step 1: the national ID, the 8-digit code an officer at a civil affairs or passports office gave you, and the new mobile (one the registry links to your ID). The same refusal, RECOVERY_CODE_INVALID, whether the ID has no account or the code is wrong, used or expired. On success an SMS code goes to the new mobile.',
  })
  startOfficeAccountRecovery(@Arg('input', () => StartOfficeAccountRecoveryInput) input: StartOfficeAccountRecoveryInput, @Ctx() ctx: Context): Promise<StartAccountRecoveryPayload> {
    return AccountRecoveryErrors.attempt(ctx.lang, async () => ({ challenge: challengeOf(await this.deps.accountRecovery.startWithOfficeCode(ctx.work, input, ctx.meta)) }));
  }

  @Access('anyone', { spends: ['recovery-address'], triesSecret: true })
  @Mutation(() => StartAccountRecoveryPayload, {
    description:
      'Lost phone, national SSO path, step 1: the token the portal put in `/recover/sso#token=…` after the provider proved your ID (start at `accountRecoveryOptions.ssoUrl`), and the new mobile (one the registry links to your ID). On success an SMS code goes to the new mobile.',
  })
  startSsoAccountRecovery(@Arg('input', () => StartSsoAccountRecoveryInput) input: StartSsoAccountRecoveryInput, @Ctx() ctx: Context): Promise<StartAccountRecoveryPayload> {
    return AccountRecoveryErrors.attempt(ctx.lang, async () => ({ challenge: challengeOf(await this.deps.accountRecovery.startWithSso(ctx.work, input, ctx.meta)) }));
  }

  @Access('anyone', { spends: ['recovery-address'], triesSecret: true })
  @Mutation(() => CompleteAccountRecoveryPayload, {
    description:
      'Lost phone, step 2 (both paths): the SMS code sent to the new mobile. The new mobile becomes the registered one, every session of the account ends, the old number is told by SMS and a confirmed e-mail address by e-mail. Then log in as usual.',
  })
  async completeAccountRecovery(@Arg('input', () => CompleteAccountRecoveryInput) input: CompleteAccountRecoveryInput, @Ctx() ctx: Context): Promise<CompleteAccountRecoveryPayload> {
    const result = await AccountRecoveryErrors.attempt(ctx.lang, async () => {
      const { maskedMobile } = await this.deps.accountRecovery.complete(ctx.work, input, ctx.meta);
      return { recovered: true, maskedMobile };
    });
    return { recovered: result.recovered ?? false, maskedMobile: result.maskedMobile ?? null, errors: result.errors };
  }

  @Access('anyone', { spends: ['recovery-address'] })
  @Mutation(() => IssueOfficeRecoveryCodePayload, {
    description:
      "Development only (OFFICE_RECOVERY=dev, never in production): stands in for an officer at an office and answers the recovery code the office's signed callback would. Elsewhere NOT_ENABLED: only an office issues codes.",
  })
  issueOfficeRecoveryCodeInDevelopment(
    @Arg('input', () => IssueOfficeRecoveryCodeInDevelopmentInput) input: IssueOfficeRecoveryCodeInDevelopmentInput,
    @Ctx() ctx: Context,
  ): Promise<IssueOfficeRecoveryCodePayload> {
    if (!this.deps.accountRecovery.options().officeCodeInDevelopment) throw requestError(ErrorCode.NOT_ENABLED, ctx.lang);
    return AccountRecoveryErrors.attempt(ctx.lang, () => this.deps.accountRecovery.issueOfficeCodeInDevelopment(ctx.work, input.nationalId));
  }
}
