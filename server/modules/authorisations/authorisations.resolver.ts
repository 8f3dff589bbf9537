import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, Actor } from '../../shared/access';
import { arrayConnection, type Connection, ConnectionType, PageArgs } from '../../shared/connection';
import type { Context } from '../../shared/context';
import { localize } from '../../shared/i18n';
import type { Deps } from '../../shared/module';
import { Authorisation, AuthorisationRole, AuthorisationStatus } from './authorisation.entity';
import { DELEGABLE_SERVICES, effectiveStatus } from './authorisation-rules';
import { EService } from '../catalogue';
import { AuthorisationErrors } from './authorisations.errors';
import { AuthorisationInput, AuthorisationPayload, GrantAuthorisationInput } from './authorisations.types';

export const AuthorisationConnection = ConnectionType(Authorisation, 'Authorisation', 'authorisation');

@Resolver(() => Authorisation)
export class AuthorisationsResolver {
  constructor(private readonly deps: Deps<'authorisations' | 'ids'>) {}

  /** An authorisation named in an input: its global ID (anything else names none). */
  private key(id: string): string {
    const decoded = this.deps.ids.decode(id);
    return decoded?.type === 'Authorisation' ? decoded.key : '00000000-0000-0000-0000-000000000000';
  }

  @Access('signedIn')
  @Mutation(() => AuthorisationPayload, {
    description:
      'Authorises another registered person to do named e-services for you from a first to a last day (at most one year). They are told by SMS and accept or decline; once accepted they submit those services for you with `actingFor`.',
  })
  grantAuthorisation(
    @Actor() actor: Actor,
    @Arg('input', () => GrantAuthorisationInput, { description: 'Whom, which services, and when.' }) input: GrantAuthorisationInput,
    @Ctx() ctx: Context,
  ): Promise<AuthorisationPayload> {
    return AuthorisationErrors.attempt(ctx.lang, () => this.deps.authorisations.grant(ctx.work, actor, input, ctx.meta));
  }

  @Access('signedIn')
  @Mutation(() => AuthorisationPayload, { description: 'Accepts an authorisation given to you that is still pending: from its first day you may act for the grantor.' })
  acceptAuthorisation(
    @Actor() actor: Actor,
    @Arg('input', () => AuthorisationInput, { description: 'The authorisation given to you.' }) input: AuthorisationInput,
    @Ctx() ctx: Context,
  ): Promise<AuthorisationPayload> {
    return AuthorisationErrors.attempt(ctx.lang, () => this.deps.authorisations.decide(ctx.work, actor, this.key(input.authorisationId), true));
  }

  @Access('signedIn')
  @Mutation(() => AuthorisationPayload, { description: 'Declines an authorisation given to you that is still pending. It never comes into force; the grantor must give a new one.' })
  declineAuthorisation(
    @Actor() actor: Actor,
    @Arg('input', () => AuthorisationInput, { description: 'The authorisation given to you.' }) input: AuthorisationInput,
    @Ctx() ctx: Context,
  ): Promise<AuthorisationPayload> {
    return AuthorisationErrors.attempt(ctx.lang, () => this.deps.authorisations.decide(ctx.work, actor, this.key(input.authorisationId), false));
  }

  @Access('signedIn')
  @Mutation(() => AuthorisationPayload, { description: 'Revokes an authorisation you gave (pending or in force, a driver authorisation too): it ends at once.' })
  revokeAuthorisation(
    @Actor() actor: Actor,
    @Arg('input', () => AuthorisationInput, { description: 'The authorisation you gave.' }) input: AuthorisationInput,
    @Ctx() ctx: Context,
  ): Promise<AuthorisationPayload> {
    return AuthorisationErrors.attempt(ctx.lang, () => this.deps.authorisations.revoke(ctx.work, actor, this.key(input.authorisationId), ctx.meta.clientAddress ?? null));
  }

  @Access('signedIn')
  @Query(() => AuthorisationConnection, { description: 'Authorisations you gave and those given to you (driver authorisations included), newest first.' })
  async myAuthorisations(
    @Actor() actor: Actor,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('role', () => AuthorisationRole, { nullable: true, description: 'Only those where you are this side; both when omitted.' }) role: AuthorisationRole | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Authorisation>> {
    return arrayConnection(await this.deps.authorisations.list(ctx.work.em, actor, role ?? null), args, (a) => a.id, ctx.lang);
  }

  @FieldResolver(() => ID, { description: 'The global ID (`Node`).' })
  id(@Root() a: Authorisation): string {
    return this.deps.ids.plain('Authorisation', a.id);
  }

  @FieldResolver(() => AuthorisationStatus, { description: 'Where it stands today: EXPIRED once its last day has passed while pending or accepted.' })
  status(@Root() a: Authorisation): AuthorisationStatus {
    return effectiveStatus(a, this.deps.authorisations.today());
  }

  @FieldResolver(() => AuthorisationRole, { description: 'Your side of it.' })
  yourRole(@Root() a: Authorisation, @Ctx() ctx: Context): AuthorisationRole {
    return a.grantorId === ctx.actor?.nationalId ? AuthorisationRole.GRANTOR : AuthorisationRole.DELEGATE;
  }

  @FieldResolver(() => String, { description: "The grantor's full name in the caller's language, as the registry had it when given." })
  grantorName(@Root() a: Authorisation, @Ctx() ctx: Context): string {
    return localize({ ar: a.grantorNameAr, en: a.grantorNameEn }, ctx.lang);
  }

  @FieldResolver(() => String, { description: "The delegate's full name in the caller's language, as the registry had it when given." })
  delegateName(@Root() a: Authorisation, @Ctx() ctx: Context): string {
    return localize({ ar: a.delegateNameAr, en: a.delegateNameEn }, ctx.lang);
  }
}

/** The authorisations' side of the catalogue: which e-services may be given to someone else. */
@Resolver(() => EService)
export class EServiceDelegationResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether you may authorise someone else to do this service for you (`grantAuthorisation`). Not delegable: authorising a driver, disputing a violation, a final exit visa.',
  })
  delegable(@Root() service: EService): boolean {
    return DELEGABLE_SERVICES.includes(service.code);
  }
}
