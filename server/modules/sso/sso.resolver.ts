import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, Actor } from '../../shared/access';
import type { Context } from '../../shared/context';
import { Cost, COST } from '../../shared/cost';
import type { Deps } from '../../shared/module';
import { Account, signInPayload } from '../identity';
import { SsoErrors } from './sso.errors';
import type { SsoService } from './sso.service';
import { CompleteSsoRegistrationInput, LinkSsoInput, SsoAuthPayload, SsoPending, UnlinkSsoPayload } from './sso.types';

@Resolver()
export class SsoResolver {
  constructor(private readonly deps: Deps<'sso'>) {}

  private get sso(): SsoService {
    return this.deps.sso ?? SsoErrors.refuse('', 'SSO_DISABLED');
  }

  @Access('anyone')
  @Query(() => String, { nullable: true, description: 'Where to send the browser to log in through the national single sign-on; null when SSO is not configured.' })
  ssoLoginUrl(
    @Arg('returnTo', () => String, { nullable: true, description: 'A path on this portal to land on after logging in (e.g. `/services`); anything else means `/`.' }) returnTo: string | null,
  ): string | null {
    return this.deps.sso?.loginUrl(returnTo) ?? null;
  }

  @Access('anyone')
  @Query(() => SsoPending, { nullable: true, description: 'What a pending SSO token (from `/sso/register#token=…` or `/sso/link#token=…`) stands for; null when it is invalid or expired.' })
  ssoPending(@Arg('token', () => String, { description: 'The token from the page fragment.' }) token: string, @Ctx() ctx: Context): Promise<SsoPending | null> {
    return this.deps.sso ? this.deps.sso.describePending(ctx.work, token, ctx.lang) : Promise.resolve(null);
  }

  @Access('anyone', { triesSecret: true })
  @Mutation(() => SsoAuthPayload, {
    description:
      'Opens an account after a first national single sign-on (short registration) and signs the person in; the account is born linked to SSO and has no password until one is set through "forgotten password".',
  })
  completeSsoRegistration(@Arg('input', () => CompleteSsoRegistrationInput) input: CompleteSsoRegistrationInput, @Ctx() ctx: Context): Promise<SsoAuthPayload> {
    const lang = input.preferredLanguage ?? ctx.lang;
    return SsoErrors.attempt(lang, async () => signInPayload(ctx, await this.sso.completeRegistration(ctx.work, input, ctx.meta)));
  }

  @Access('anyone', { triesSecret: true })
  @Mutation(() => SsoAuthPayload, {
    description:
      'Links an existing account to national single sign-on (explicit: the account password once, after the provider proved the ID), audits it and signs the person in. Later SSO log-ins open the account directly.',
  })
  linkSso(@Arg('input', () => LinkSsoInput) input: LinkSsoInput, @Ctx() ctx: Context): Promise<SsoAuthPayload> {
    return SsoErrors.attempt(ctx.lang, async () => signInPayload(ctx, await this.sso.link(ctx.work, input, ctx.meta)));
  }

  @Access('signedIn')
  @Mutation(() => UnlinkSsoPayload, {
    description: 'Removes the link to national single sign-on (audited). Needs `reauthenticate` + `verifyReauthentication` (password and SMS code) in the last 10 minutes.',
  })
  async unlinkSso(@Actor() actor: Actor, @Ctx() ctx: Context): Promise<UnlinkSsoPayload> {
    const result = await SsoErrors.attempt(ctx.lang, async () => {
      await this.sso.unlink(ctx.work, actor, ctx.meta);
      return { unlinked: true };
    });
    return { unlinked: result.unlinked ?? false, errors: result.errors };
  }
}

@Resolver(() => Account)
export class SsoAccountResolver {
  constructor(private readonly deps: Deps<'sso'>) {}

  @Cost(COST.statement)
  @FieldResolver(() => Boolean, { description: 'Whether the national single sign-on opens this account (see `linkSso`, `unlinkSso`).' })
  ssoLinked(@Root() account: Account, @Ctx() ctx: Context): Promise<boolean> {
    return this.deps.sso ? this.deps.sso.isLinked(ctx.work.em, account.id) : Promise.resolve(false);
  }
}
