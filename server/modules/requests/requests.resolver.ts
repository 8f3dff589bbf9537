import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, Actor, OptionalActor } from '../../shared/access';
import type { Context } from '../../shared/context';
import { Cost, COST } from '../../shared/cost';
import { localize } from '../../shared/i18n';
import { Money, money } from '../../shared/money';
import type { Deps } from '../../shared/module';
import { normalizeDigits, parseNationalId } from '../../shared/normalize';
import { PageArgs, pageRequest, toConnection } from '../../shared/connection';
import { Direct } from '../../shared/direct-resolver';
import { requestScoped } from '../../shared/request-scoped';
import { CATALOGUE, EService, serviceDefinition, ServiceCode, SubmitsEService, toEService } from '../catalogue';
import { DocumentType, EntryType, Person } from '../registry';
import type { ServiceInputData } from './handlers';
import {
  AuthorizeDriverInput,
  CancelExitReentryVisaInput,
  CancelServiceRequestInput,
  DisputeViolationInput,
  ExtendExitReentryVisaInput,
  IssueExitReentryVisaInput,
  IssueFinalExitVisaInput,
  PayViolationsInput,
  RenewDrivingLicenceInput,
  RenewIqamaInput,
  RenewNationalIdInput,
  RenewPassportInput,
  RenewVehicleRegistrationInput,
  ReplacementCause,
  ReplaceDocumentInput,
} from './requests.inputs';
import { isStatusReason, requestMessages, RequestErrors, statusReasons, type RequestError } from './requests.errors';
import type { RuleError } from './rules/facts';
import { requestCursor, requestPosition } from './requests.read-model';
import { Eligibility, RequestResult, ServiceRequestConnection, ServiceRequestPayload, StatusChange } from './requests.types';
import { feeFrom, total } from './rules/fees';
import { RequestStatus, ServiceRequest } from './service-request.entity';

/** Plates are compared upper-case without spaces, whatever the person typed. */
export const normalizePlate = (plate: string) => normalizeDigits(plate).replace(/\s+/g, '').toUpperCase().slice(0, 12);
const normalizeId = (id: string) => parseNationalId(id) ?? normalizeDigits(id).trim().slice(0, 10);

/** The `actingFor` argument of every e-service mutation (and of `eligibility`). */
const ACTING_FOR = {
  nullable: true,
  description:
    'Submit for another person who authorised you (`grantAuthorisation`) for this service: their national ID or iqama number. Omit to act for yourself. Refused (NOT_AUTHORISED_TO_ACT) unless an authorisation of theirs to you is accepted, in force today and names this service.',
} as const;

@Resolver(() => ServiceRequest)
export class RequestsResolver {
  constructor(private readonly deps: Deps<'eservices' | 'ids' | 'holdings'>) {}

  private submit(ctx: Context, actor: Actor, actingFor: string | null | undefined, code: ServiceCode, input: ServiceInputData): Promise<ServiceRequestPayload> {
    const acting = actingFor ? { actingFor: normalizeId(actingFor) } : {};
    return RequestErrors.attempt(ctx.lang, async () => {
      const { request, refusals } = await this.deps.eservices.submit(ctx.work, actor, code, { ...input, ...acting }, ctx.meta);
      return { request, errors: RequestErrors.localize(refusals, ctx.lang) };
    });
  }

  @Access('signedIn')
  @SubmitsEService(ServiceCode.RENEW_NATIONAL_ID)
  @Mutation(() => ServiceRequestPayload, { description: 'Renew a national ID card (citizens; yourself or a dependent). Free, SAR 100 fine if expired; completes at once when free.' })
  renewNationalId(
    @Actor() actor: Actor,
    @Arg('input', () => RenewNationalIdInput, { nullable: true, description: 'Whom for (yourself when omitted).' }) input: RenewNationalIdInput | null,
    @Arg('actingFor', () => String, ACTING_FOR) actingFor: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return this.submit(ctx, actor, actingFor, ServiceCode.RENEW_NATIONAL_ID, { beneficiaryNationalId: input?.beneficiaryNationalId ? normalizeId(input.beneficiaryNationalId) : undefined });
  }

  @Access('signedIn')
  @SubmitsEService(ServiceCode.REPLACE_DOCUMENT)
  @Mutation(() => ServiceRequestPayload, {
    description: 'Replace a lost (reported lost first) or damaged national ID, iqama or driving licence, yours or a dependent’s; issues a bill unless free. The number and expiry stay the same.',
  })
  replaceDocument(
    @Actor() actor: Actor,
    @Arg('input', () => ReplaceDocumentInput, { description: 'Whose card, which, and why.' }) input: ReplaceDocumentInput,
    @Arg('actingFor', () => String, ACTING_FOR) actingFor: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return this.submit(ctx, actor, actingFor, ServiceCode.REPLACE_DOCUMENT, {
      beneficiaryNationalId: input.beneficiaryNationalId ? normalizeId(input.beneficiaryNationalId) : undefined,
      documentType: input.documentType,
      cause: input.cause,
    });
  }

  @Access('signedIn')
  @SubmitsEService(ServiceCode.RENEW_PASSPORT)
  @Mutation(() => ServiceRequestPayload, { description: 'Issue or renew a passport for yourself or a dependent; issues a bill.' })
  renewPassport(
    @Actor() actor: Actor,
    @Arg('input', () => RenewPassportInput, { description: 'Whom for and for how long.' }) input: RenewPassportInput,
    @Arg('actingFor', () => String, ACTING_FOR) actingFor: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return this.submit(ctx, actor, actingFor, ServiceCode.RENEW_PASSPORT, { beneficiaryNationalId: normalizeId(input.beneficiaryNationalId), years: input.years });
  }

  @Access('signedIn')
  @SubmitsEService(ServiceCode.EXIT_REENTRY_VISA)
  @Mutation(() => ServiceRequestPayload, { description: 'Issue an exit re-entry visa for a resident (yourself, a dependent or a worker); issues a bill.' })
  issueExitReentryVisa(
    @Actor() actor: Actor,
    @Arg('input', () => IssueExitReentryVisaInput, { description: 'Whom for, entry type and months.' }) input: IssueExitReentryVisaInput,
    @Arg('actingFor', () => String, ACTING_FOR) actingFor: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return this.submit(ctx, actor, actingFor, ServiceCode.EXIT_REENTRY_VISA, { beneficiaryNationalId: normalizeId(input.beneficiaryNationalId), entryType: input.entryType, months: input.months });
  }

  @Access('signedIn')
  @SubmitsEService(ServiceCode.EXTEND_EXIT_REENTRY_VISA)
  @Mutation(() => ServiceRequestPayload, {
    description: 'Extend the exit re-entry visa in force of a resident (yourself inside the Kingdom, a dependent or a worker) by months, never past the iqama; issues a bill.',
  })
  extendExitReentryVisa(
    @Actor() actor: Actor,
    @Arg('input', () => ExtendExitReentryVisaInput, { description: 'Whom for, and how many months to add.' }) input: ExtendExitReentryVisaInput,
    @Arg('actingFor', () => String, ACTING_FOR) actingFor: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return this.submit(ctx, actor, actingFor, ServiceCode.EXTEND_EXIT_REENTRY_VISA, { beneficiaryNationalId: normalizeId(input.beneficiaryNationalId), months: input.months });
  }

  @Access('signedIn')
  @SubmitsEService(ServiceCode.FINAL_EXIT_VISA)
  @Mutation(() => ServiceRequestPayload, { description: 'Issue a final exit visa for a resident. Free: completes at once.' })
  issueFinalExitVisa(
    @Actor() actor: Actor,
    @Arg('input', () => IssueFinalExitVisaInput, { description: 'Whom for.' }) input: IssueFinalExitVisaInput,
    @Arg('actingFor', () => String, ACTING_FOR) actingFor: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return this.submit(ctx, actor, actingFor, ServiceCode.FINAL_EXIT_VISA, { beneficiaryNationalId: normalizeId(input.beneficiaryNationalId) });
  }

  @Access('signedIn')
  @SubmitsEService(ServiceCode.RENEW_IQAMA)
  @Mutation(() => ServiceRequestPayload, { description: 'Renew the iqama of a resident dependent or sponsored worker; issues a bill.' })
  renewIqama(
    @Actor() actor: Actor,
    @Arg('input', () => RenewIqamaInput, { description: 'Whom for and for how long.' }) input: RenewIqamaInput,
    @Arg('actingFor', () => String, ACTING_FOR) actingFor: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return this.submit(ctx, actor, actingFor, ServiceCode.RENEW_IQAMA, { beneficiaryNationalId: normalizeId(input.beneficiaryNationalId), years: input.years });
  }

  @Access('signedIn')
  @SubmitsEService(ServiceCode.RENEW_DRIVING_LICENCE)
  @Mutation(() => ServiceRequestPayload, { description: 'Renew your driving licence; issues a bill.' })
  renewDrivingLicence(
    @Actor() actor: Actor,
    @Arg('input', () => RenewDrivingLicenceInput, { description: 'For how long.' }) input: RenewDrivingLicenceInput,
    @Arg('actingFor', () => String, ACTING_FOR) actingFor: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return this.submit(ctx, actor, actingFor, ServiceCode.RENEW_DRIVING_LICENCE, { years: input.years });
  }

  @Access('signedIn')
  @SubmitsEService(ServiceCode.RENEW_VEHICLE_REGISTRATION)
  @Mutation(() => ServiceRequestPayload, { description: 'Renew the registration of your vehicle; issues a bill.' })
  renewVehicleRegistration(
    @Actor() actor: Actor,
    @Arg('input', () => RenewVehicleRegistrationInput, { description: 'Which vehicle and for how long.' }) input: RenewVehicleRegistrationInput,
    @Arg('actingFor', () => String, ACTING_FOR) actingFor: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return this.submit(ctx, actor, actingFor, ServiceCode.RENEW_VEHICLE_REGISTRATION, { plate: normalizePlate(input.plate), years: input.years });
  }

  @Access('signedIn')
  @SubmitsEService(ServiceCode.PAY_VIOLATIONS)
  @Mutation(() => ServiceRequestPayload, { description: 'One bill for the chosen unpaid violations; they are marked paid when it is paid.' })
  payViolations(
    @Actor() actor: Actor,
    @Arg('input', () => PayViolationsInput, { description: 'Which violations.' }) input: PayViolationsInput,
    @Arg('actingFor', () => String, ACTING_FOR) actingFor: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return this.submit(ctx, actor, actingFor, ServiceCode.PAY_VIOLATIONS, { violationNumbers: [...new Set(input.violationNumbers.slice(0, 51).map((n) => normalizeDigits(n).trim().slice(0, 20)))] });
  }

  @Access('signedIn')
  @SubmitsEService(ServiceCode.DISPUTE_VIOLATION)
  @Mutation(() => ServiceRequestPayload, { description: 'Dispute a violation within 30 days of it. Free: the dispute is opened at once and reviewed by the traffic department.' })
  disputeViolation(
    @Actor() actor: Actor,
    @Arg('input', () => DisputeViolationInput, { description: 'Which violation and why.' }) input: DisputeViolationInput,
    @Arg('actingFor', () => String, ACTING_FOR) actingFor: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return this.submit(ctx, actor, actingFor, ServiceCode.DISPUTE_VIOLATION, { violationNumber: normalizeDigits(input.violationNumber).trim().slice(0, 20), reason: input.reason.slice(0, 1000) });
  }

  @Access('signedIn')
  @SubmitsEService(ServiceCode.AUTHORIZE_DRIVER)
  @Mutation(() => ServiceRequestPayload, { description: 'Authorise a licensed person to drive your vehicle until a date. Free: completes at once.' })
  authorizeDriver(
    @Actor() actor: Actor,
    @Arg('input', () => AuthorizeDriverInput, { description: 'Vehicle, driver and end date.' }) input: AuthorizeDriverInput,
    @Arg('actingFor', () => String, ACTING_FOR) actingFor: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return this.submit(ctx, actor, actingFor, ServiceCode.AUTHORIZE_DRIVER, { plate: normalizePlate(input.plate), driverNationalId: normalizeId(input.driverNationalId), until: input.until });
  }

  @Access('signedIn')
  @Mutation(() => ServiceRequestPayload, { description: 'Cancel one of your open requests (submitted or awaiting payment); its bill can no longer be paid.' })
  cancelServiceRequest(@Actor() actor: Actor, @Arg('input', () => CancelServiceRequestInput, { description: 'Which request.' }) input: CancelServiceRequestInput, @Ctx() ctx: Context) {
    return RequestErrors.attempt(ctx.lang, async () => ({ request: await this.deps.eservices.cancel(ctx.work, actor, input.reference.slice(0, 20)) }));
  }

  @Access('signedIn')
  @Mutation(() => ServiceRequestPayload, {
    description:
      'Cancel an exit re-entry visa you paid for (yourself, a dependent or a worker) before it is used: while it is in force and its holder is inside the Kingdom. The visa turns CANCELLED, its request CANCELLED, and its bill is refunded (REFUNDED).',
  })
  cancelExitReentryVisa(@Actor() actor: Actor, @Arg('input', () => CancelExitReentryVisaInput, { description: 'Which visa.' }) input: CancelExitReentryVisaInput, @Ctx() ctx: Context) {
    const decoded = this.deps.ids.decode(input.documentId);
    const documentId = decoded?.type === 'PersonDocument' ? decoded.key : '00000000-0000-0000-0000-000000000000';
    return RequestErrors.attempt(ctx.lang, async () => ({ request: await this.deps.eservices.cancelExitReentryVisa(ctx.work, actor, documentId) }));
  }

  @Access('signedIn')
  @Query(() => ServiceRequestConnection, { description: 'Your requests, newest first, a page at a time.' })
  async myRequests(
    @Actor() actor: Actor,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('status', () => RequestStatus, { nullable: true, description: 'Only requests in this status.' }) status?: RequestStatus | null,
  ): Promise<ServiceRequestConnection> {
    const page = pageRequest(args, requestCursor, ctx.lang);
    const rows = await this.deps.eservices.mine(ctx.work, actor.accountId, status ?? null, page);
    return toConnection(rows, page, requestPosition, requestCursor);
  }

  @FieldResolver(() => ID, { description: 'The global ID (`Node`).' })
  id(@Root() request: ServiceRequest): string {
    return this.deps.ids.plain('ServiceRequest', request.id);
  }

  @Access('signedIn')
  @Query(() => ServiceRequest, { nullable: true, description: 'One of your requests by reference; null if you have none with it.' })
  request(@Actor() actor: Actor, @Arg('reference', () => String, { description: 'The request reference.' }) reference: string, @Ctx() ctx: Context): Promise<ServiceRequest | null> {
    return this.deps.eservices.byReference(ctx.work, actor.accountId, reference);
  }

  @Direct()
  @FieldResolver(() => EService, { description: 'The e-service requested.' })
  service(@Root() request: ServiceRequest, @Ctx() ctx: Context): EService {
    return toEService(serviceDefinition(request.serviceCode)!, ctx.lang);
  }

  @Cost(COST.batched)
  @Direct()
  @FieldResolver(() => Person, { description: 'Who submitted it.' })
  async applicant(@Root() request: ServiceRequest, @Ctx() ctx: Context): Promise<Person> {
    return (await requestScoped(ctx, this.deps.holdings.people).load(request.applicantId))!;
  }

  @Cost(COST.batched)
  @Direct()
  @FieldResolver(() => Person, { description: 'Whom it is for: the applicant or a dependent.' })
  async beneficiary(@Root() request: ServiceRequest, @Ctx() ctx: Context): Promise<Person> {
    return (await requestScoped(ctx, this.deps.holdings.people).load(request.beneficiaryId))!;
  }

  @Cost({ listOf: Object.keys(RequestStatus).length })
  @FieldResolver(() => [StatusChange], { description: 'Every status it went through, oldest first.' })
  statusHistory(@Root() request: ServiceRequest, @Ctx() ctx: Context): StatusChange[] {
    return request.history.map((h) => {
      const known = h.reason && isStatusReason(h.reason) ? h.reason : null;
      const params = h.refusals?.find((r) => r.code === known)?.params;
      return { status: h.status, at: new Date(h.at), reasonCode: known, reason: known ? localize(statusReasons[known], ctx.lang, params) : (h.reason ?? null) };
    });
  }

  @Cost({ listOf: 10 })
  @FieldResolver(() => [RequestErrors.type], { description: 'For a REFUSED request: every rule that did not hold when it was submitted, each saying what to do; empty otherwise.' })
  refusalReasons(@Root() request: ServiceRequest, @Ctx() ctx: Context): RequestError[] {
    const refused = request.history.find((h) => h.status === RequestStatus.REFUSED);
    // Codes a later version no longer knows are left out rather than shown raw.
    return RequestErrors.localize(
      (refused?.refusals ?? []).filter((e): e is RuleError => Object.hasOwn(requestMessages, e.code)),
      ctx.lang,
    );
  }

  @FieldResolver(() => RequestResult, { nullable: true, description: 'What it issued, once completed; null before.' })
  result(@Root() request: ServiceRequest): RequestResult | null {
    const r = request.result;
    if (!r) return null;
    const str = (k: string) => (r[k] === undefined ? null : String(r[k]));
    return {
      documentType: str('documentType') as RequestResult['documentType'],
      documentNumber: str('documentNumber'),
      issuedOn: str('issuedOn'),
      expiresOn: str('expiresOn'),
      entryType: str('entryType') as RequestResult['entryType'],
      months: r.months === undefined ? null : Number(r.months),
      plate: str('plate'),
      violationNumbers: r.violationNumbers === undefined ? null : String(r.violationNumbers).split(',').filter(Boolean),
      disputeStatus: str('disputeStatus') as RequestResult['disputeStatus'],
      driverNationalId: str('driverNationalId'),
    };
  }
}

/** The e-services' side of the catalogue: whether the signed-in person may use one now. */
@Resolver(() => EService)
export class EligibilityResolver {
  constructor(private readonly deps: Deps<'eservices'>) {}

  // Loads the beneficiary's documents, vehicles and violations and runs the service's rules: about
  // five statements' worth (measured: ~1.6 ms against ~0.3–0.7 ms for one statement, SQLite).
  @Cost(5 * COST.statement)
  @FieldResolver(() => Eligibility, {
    nullable: true,
    description:
      "For a signed-in person: whether they may use this service now for the beneficiary (themself when omitted) with the choices given (the service's defaults for the others), every reason why not, and the fee. Null when no token is sent; a token that no longer counts is refused (UNAUTHENTICATED with `extensions.reason`).",
  })
  async eligibility(
    @Root() service: EService,
    @Ctx() ctx: Context,
    @OptionalActor() actor: Actor | null,
    @Arg('beneficiaryNationalId', () => String, { nullable: true, description: 'Yourself (omit) or one of your dependents.' }) beneficiaryNationalId?: string | null,
    @Arg('years', () => Int, { nullable: true, description: 'The period chosen, for a service that asks for years (the shortest when omitted).' }) years?: number | null,
    @Arg('months', () => Int, { nullable: true, description: 'The months chosen, for a service that asks for months (the fewest when omitted).' }) months?: number | null,
    @Arg('entryType', () => EntryType, { nullable: true, description: 'Single or multiple entry, for a visa that asks (single when omitted).' }) entryType?: EntryType | null,
    @Arg('documentType', () => DocumentType, { nullable: true, description: 'The card chosen, for a replacement (the national ID or iqama when omitted).' }) documentType?: DocumentType | null,
    @Arg('cause', () => ReplacementCause, { nullable: true, description: 'Lost or damaged, for a replacement (lost when omitted).' }) cause?: ReplacementCause | null,
    @Arg('actingFor', () => String, ACTING_FOR) actingFor?: string | null,
  ): Promise<Eligibility | null> {
    if (!actor) return null;
    // Only the choices this service asks for: any other is not part of its rules.
    const asks = new Set(service.inputs.map((i) => i.name));
    const choices: Partial<ServiceInputData> = {
      ...(years != null && asks.has('years') ? { years } : {}),
      ...(months != null && asks.has('months') ? { months } : {}),
      ...(entryType != null && asks.has('entryType') ? { entryType } : {}),
      ...(documentType != null && asks.has('documentType') ? { documentType } : {}),
      ...(cause != null && asks.has('cause') ? { cause } : {}),
    };
    const verdict = await this.deps.eservices.eligibility(ctx.work, actor, service.code, beneficiaryNationalId, choices, actingFor ? normalizeId(actingFor) : null);
    return {
      eligible: verdict.errors.length === 0,
      reasons: RequestErrors.localize(verdict.errors, ctx.lang),
      fee: verdict.errors.some((e) => e.code === 'NOT_YOUR_DEPENDENT' || e.field === 'actingFor') ? null : money(total(verdict.fee), ctx.lang),
    };
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      "The lowest fee as published, for anyone, signed in or not: the shortest period for someone with nothing overdue (late fines come on top); 0 when free; null when the amount is what you choose to pay (violations). A person's fee for a choice is `eligibility.fee`.",
  })
  feeFrom(@Root() service: EService, @Ctx() ctx: Context): Money | null {
    const halalas = feeFrom(service.code);
    return halalas === null ? null : money(halalas, ctx.lang);
  }
}

/** The e-services' side of a person: what the signed-in person may do for them. */
@Resolver(() => Person)
export class PersonServicesResolver {
  constructor(private readonly deps: Deps<'eservices' | 'holdings'>) {}

  @Cost(COST.batched, { listOf: CATALOGUE.length })
  @FieldResolver(() => [ServiceCode], {
    nullable: true,
    description:
      "The e-services you may use for this person — yourself or one of your dependents — by the catalogue's who-may-use-it (citizen or resident, age, self or dependent), in catalogue order; whether each may be used now is its `eligibility`. Null for anyone else, or when not signed in.",
  })
  async offeredServices(@Root() person: Person, @Ctx() ctx: Context, @OptionalActor() actor: Actor | null): Promise<ServiceCode[] | null> {
    if (!actor) return null;
    const you = await requestScoped(ctx, this.deps.holdings.people).load(actor.nationalId);
    return you ? this.deps.eservices.offeredServices(you, person) : null;
  }
}
