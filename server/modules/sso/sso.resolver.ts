import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Language } from '../../shared/i18n';
import { maskMobile } from '../../shared/normalize';
import { attempt } from '../../shared/user-error';
import { UserInputError } from '../../shared/errors';
import { Account } from '../identity/account.entity';
import { AuthPayload } from '../identity/identity.payloads';
import { signInPayload } from '../identity/identity.resolver';
import { Person } from '../registry/person.entity';
import { SsoService } from './sso.service';
import { CompleteSsoRegistrationInput, LinkSsoInput, SsoPending, UnlinkSsoPayload } from './sso.types';

function ssoOf(ctx: Context): SsoService {
  if (!ctx.services.sso) throw new UserInputError([{ field: '', code: 'SSO_DISABLED' }]);
  return ctx.services.sso;
}

@Resolver()
export class SsoResolver {
  @Query(() => String, { nullable: true, description: 'Where to send the browser to log in through the national single sign-on; null when SSO is not configured.' })
  ssoLoginUrl(
    @Arg('returnTo', () => String, { nullable: true, description: 'A path on this portal to land on after logging in (e.g. `/services`); anything else means `/`.' }) returnTo: string | null,
    @Ctx() ctx: Context,
  ): string | null {
    return ctx.services.sso?.loginUrl(returnTo) ?? null;
  }

  @Query(() => SsoPending, { nullable: true, description: 'What a pending SSO token (from `/sso/register#token=…` or `/sso/link#token=…`) stands for; null when it is invalid or expired.' })
  async ssoPending(@Arg('token', () => String, { description: 'The token from the page fragment.' }) token: string, @Ctx() ctx: Context): Promise<SsoPending | null> {
    const pending = await ctx.services.sso?.pending(token);
    if (!pending) return null;
    const person = await ctx.em.findOne(Person, pending.nationalId);
    if (!person) return null;
    const account = await ctx.em.findOne(Account, { person: pending.nationalId });
    const mobile = account?.mobile ?? person.mobiles[0];
    return {
      kind: pending.kind,
      firstName: ctx.lang === Language.EN ? person.firstNameEn : person.firstNameAr,
      maskedMobile: mobile ? maskMobile(mobile) : '',
      expiresAt: pending.expiresAt,
    };
  }

  @Mutation(() => AuthPayload, {
    description: 'Opens an account after a first national single sign-on (short registration) and signs the person in; the account is born linked to SSO and has no password until one is set through "forgotten password".',
  })
  completeSsoRegistration(@Arg('input', () => CompleteSsoRegistrationInput) input: CompleteSsoRegistrationInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const lang = input.preferredLanguage ?? ctx.lang;
    return attempt(lang, async () => signInPayload(ctx, await ssoOf(ctx).completeRegistration(ctx.em, input, ctx.meta)));
  }

  @Mutation(() => AuthPayload, {
    description:
      'Links an existing account to national single sign-on (explicit: the account password once, after the provider proved the ID), audits it and signs the person in. Later SSO log-ins open the account directly.',
  })
  linkSso(@Arg('input', () => LinkSsoInput) input: LinkSsoInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    return attempt(ctx.lang, async () => signInPayload(ctx, await ssoOf(ctx).link(ctx.em, input, ctx.meta)));
  }

  @Mutation(() => UnlinkSsoPayload, {
    description: 'Removes the link to national single sign-on (audited). Needs `reauthenticate` + `verifyReauthentication` (password and SMS code) in the last 10 minutes.',
  })
  async unlinkSso(@Ctx() ctx: Context): Promise<UnlinkSsoPayload> {
    const result = await attempt(ctx.lang, async () => {
      await ssoOf(ctx).unlink(ctx.em, ctx.auth!, ctx.meta);
      return { unlinked: true };
    });
    return { unlinked: result.unlinked ?? false, errors: result.errors };
  }
}

@Resolver(() => Account)
export class SsoAccountResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the national single sign-on opens this account (see `linkSso`, `unlinkSso`).' })
  ssoLinked(@Root() account: Account, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.sso ? ctx.services.sso.isLinked(ctx.em, account.id) : Promise.resolve(false);
  }
}
