import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ErrorCode, requestError } from '../../shared/errors';
import { localize } from '../../shared/i18n';
import { normalizeDigits, parseNationalId } from '../../shared/normalize';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/pagination';
import { attempt } from '../../shared/user-error';
import { serviceDefinition, ServiceCode } from '../catalogue/catalogue';
import { EService, toEService } from '../catalogue/catalogue.types';
import { Account } from '../identity/account.entity';
import { Bill } from '../payments/bill.entity';
import { Person } from '../registry/person.entity';
import type { ServiceInputData } from './handlers';
import { loaders } from './loaders';
import {
  AuthorizeDriverInput,
  CancelServiceRequestInput,
  DisputeViolationInput,
  IssueExitReentryVisaInput,
  IssueFinalExitVisaInput,
  PayViolationsInput,
  RenewDrivingLicenceInput,
  RenewIqamaInput,
  RenewNationalIdInput,
  RenewPassportInput,
  RenewVehicleRegistrationInput,
} from './requests.inputs';
import { localizedReason } from './requests.service';
import { RequestResult, ServiceRequestConnection, ServiceRequestPayload, StatusChange } from './requests.types';
import { RequestStatus, ServiceRequest } from './service-request.entity';

export function signedIn(ctx: Context): Account {
  if (!ctx.account) throw requestError(ErrorCode.UNAUTHENTICATED, ctx.lang);
  return ctx.account;
}

/** Plates are compared upper-case without spaces, whatever the person typed. */
export const normalizePlate = (plate: string) => normalizeDigits(plate).replace(/\s+/g, '').toUpperCase().slice(0, 12);
const normalizeId = (id: string) => parseNationalId(id) ?? normalizeDigits(id).trim().slice(0, 10);

@Resolver(() => ServiceRequest)
export class RequestsResolver {
  private submit(ctx: Context, code: ServiceCode, input: ServiceInputData): Promise<ServiceRequestPayload> {
    const account = signedIn(ctx);
    return attempt(ctx.lang, async () => ({ request: await ctx.services.eservices.submit(ctx.em, account, code, input, ctx.meta.clientAddress ?? null) }));
  }

  @Mutation(() => ServiceRequestPayload, { description: 'Renew a national ID card (citizens; yourself or a dependent). Free, SAR 100 fine if expired; completes at once when free.' })
  renewNationalId(@Arg('input', () => RenewNationalIdInput, { nullable: true, description: 'Whom for (yourself when omitted).' }) input: RenewNationalIdInput | null, @Ctx() ctx: Context) {
    return this.submit(ctx, ServiceCode.RENEW_NATIONAL_ID, { beneficiaryNationalId: input?.beneficiaryNationalId ? normalizeId(input.beneficiaryNationalId) : undefined });
  }

  @Mutation(() => ServiceRequestPayload, { description: 'Issue or renew a passport for yourself or a dependent; issues a bill.' })
  renewPassport(@Arg('input', () => RenewPassportInput, { description: 'Whom for and for how long.' }) input: RenewPassportInput, @Ctx() ctx: Context) {
    return this.submit(ctx, ServiceCode.RENEW_PASSPORT, { beneficiaryNationalId: normalizeId(input.beneficiaryNationalId), years: input.years });
  }

  @Mutation(() => ServiceRequestPayload, { description: 'Issue an exit re-entry visa for a resident (yourself, a dependent or a worker); issues a bill.' })
  issueExitReentryVisa(@Arg('input', () => IssueExitReentryVisaInput, { description: 'Whom for, entry type and months.' }) input: IssueExitReentryVisaInput, @Ctx() ctx: Context) {
    return this.submit(ctx, ServiceCode.EXIT_REENTRY_VISA, { beneficiaryNationalId: normalizeId(input.beneficiaryNationalId), entryType: input.entryType, months: input.months });
  }

  @Mutation(() => ServiceRequestPayload, { description: 'Issue a final exit visa for a resident. Free: completes at once.' })
  issueFinalExitVisa(@Arg('input', () => IssueFinalExitVisaInput, { description: 'Whom for.' }) input: IssueFinalExitVisaInput, @Ctx() ctx: Context) {
    return this.submit(ctx, ServiceCode.FINAL_EXIT_VISA, { beneficiaryNationalId: normalizeId(input.beneficiaryNationalId) });
  }

  @Mutation(() => ServiceRequestPayload, { description: 'Renew the iqama of a resident dependent or sponsored worker; issues a bill.' })
  renewIqama(@Arg('input', () => RenewIqamaInput, { description: 'Whom for and for how long.' }) input: RenewIqamaInput, @Ctx() ctx: Context) {
    return this.submit(ctx, ServiceCode.RENEW_IQAMA, { beneficiaryNationalId: normalizeId(input.beneficiaryNationalId), years: input.years });
  }

  @Mutation(() => ServiceRequestPayload, { description: 'Renew your driving licence; issues a bill.' })
  renewDrivingLicence(@Arg('input', () => RenewDrivingLicenceInput, { description: 'For how long.' }) input: RenewDrivingLicenceInput, @Ctx() ctx: Context) {
    return this.submit(ctx, ServiceCode.RENEW_DRIVING_LICENCE, { years: input.years });
  }

  @Mutation(() => ServiceRequestPayload, { description: 'Renew the registration of your vehicle; issues a bill.' })
  renewVehicleRegistration(@Arg('input', () => RenewVehicleRegistrationInput, { description: 'Which vehicle and for how long.' }) input: RenewVehicleRegistrationInput, @Ctx() ctx: Context) {
    return this.submit(ctx, ServiceCode.RENEW_VEHICLE_REGISTRATION, { plate: normalizePlate(input.plate), years: input.years });
  }

  @Mutation(() => ServiceRequestPayload, { description: 'One bill for the chosen unpaid violations; they are marked paid when it is paid.' })
  payViolations(@Arg('input', () => PayViolationsInput, { description: 'Which violations.' }) input: PayViolationsInput, @Ctx() ctx: Context) {
    return this.submit(ctx, ServiceCode.PAY_VIOLATIONS, { violationNumbers: [...new Set(input.violationNumbers.slice(0, 51).map((n) => normalizeDigits(n).trim().slice(0, 20)))] });
  }

  @Mutation(() => ServiceRequestPayload, { description: 'Dispute a violation within 30 days of it. Free: the dispute is opened at once and reviewed by the traffic department.' })
  disputeViolation(@Arg('input', () => DisputeViolationInput, { description: 'Which violation and why.' }) input: DisputeViolationInput, @Ctx() ctx: Context) {
    return this.submit(ctx, ServiceCode.DISPUTE_VIOLATION, { violationNumber: normalizeDigits(input.violationNumber).trim().slice(0, 20), reason: input.reason.slice(0, 1000) });
  }

  @Mutation(() => ServiceRequestPayload, { description: 'Authorise a licensed person to drive your vehicle until a date. Free: completes at once.' })
  authorizeDriver(@Arg('input', () => AuthorizeDriverInput, { description: 'Vehicle, driver and end date.' }) input: AuthorizeDriverInput, @Ctx() ctx: Context) {
    return this.submit(ctx, ServiceCode.AUTHORIZE_DRIVER, { plate: normalizePlate(input.plate), driverNationalId: normalizeId(input.driverNationalId), until: input.until });
  }

  @Mutation(() => ServiceRequestPayload, { description: 'Cancel one of your open requests (submitted or awaiting payment); its bill can no longer be paid.' })
  cancelServiceRequest(@Arg('input', () => CancelServiceRequestInput, { description: 'Which request.' }) input: CancelServiceRequestInput, @Ctx() ctx: Context) {
    const account = signedIn(ctx);
    return attempt(ctx.lang, async () => ({ request: await ctx.services.eservices.cancel(ctx.em, account, input.reference.slice(0, 20)) }));
  }

  @Query(() => ServiceRequestConnection, { description: 'Your requests, newest first, a page at a time.' })
  async myRequests(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `cursor` of the last request of the previous page.' }) after?: string | null,
    @Arg('status', () => RequestStatus, { nullable: true, description: 'Only requests in this status.' }) status?: RequestStatus | null,
  ): Promise<ServiceRequestConnection> {
    const account = signedIn(ctx);
    await ctx.services.eservices.closeOverdue(ctx.em, account.id);
    const size = pageSize(first);
    const position = decodeCursor(after)?.split('|');
    const where: Record<string, unknown> = { applicantAccountId: account.id, ...(status ? { status } : {}) };
    if (position?.length === 2 && /^\d+$/.test(position[0])) {
      const at = new Date(Number(position[0]));
      where.$or = [{ submittedAt: { $lt: at } }, { submittedAt: at, id: { $lt: position[1] } }];
    }
    const rows = await ctx.em.find(ServiceRequest, where, { orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }], limit: size + 1 });
    const page = rows.slice(0, size);
    const edges = page.map((node) => ({ node, cursor: encodeCursor(`${node.submittedAt.getTime()}|${node.id}`) }));
    return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Query(() => ServiceRequest, { nullable: true, description: 'One of your requests by reference; null if you have none with it.' })
  async request(@Arg('reference', () => String, { description: 'The request reference.' }) reference: string, @Ctx() ctx: Context): Promise<ServiceRequest | null> {
    const account = signedIn(ctx);
    await ctx.services.eservices.closeOverdue(ctx.em, account.id);
    return ctx.em.findOne(ServiceRequest, { reference: reference.trim().slice(0, 20), applicantAccountId: account.id });
  }

  @FieldResolver(() => EService, { description: 'The e-service requested.' })
  service(@Root() request: ServiceRequest, @Ctx() ctx: Context): EService {
    return toEService(serviceDefinition(request.serviceCode)!, ctx.lang);
  }

  @FieldResolver(() => Person, { description: 'Who submitted it.' })
  async applicant(@Root() request: ServiceRequest, @Ctx() ctx: Context): Promise<Person> {
    return (await loaders(ctx).persons.load(request.applicantId))!;
  }

  @FieldResolver(() => Person, { description: 'Whom it is for: the applicant or a dependent.' })
  async beneficiary(@Root() request: ServiceRequest, @Ctx() ctx: Context): Promise<Person> {
    return (await loaders(ctx).persons.load(request.beneficiaryId))!;
  }

  @FieldResolver(() => Bill, { nullable: true, description: 'Its bill; null for a free service.' })
  bill(@Root() request: ServiceRequest, @Ctx() ctx: Context): Promise<Bill | null> | null {
    return request.billNumber ? loaders(ctx).bills.load(request.billNumber) : null;
  }

  @FieldResolver(() => [StatusChange], { description: 'Every status it went through, oldest first.' })
  statusHistory(@Root() request: ServiceRequest, @Ctx() ctx: Context): StatusChange[] {
    return request.history.map((h) => ({ status: h.status, at: new Date(h.at), reasonCode: h.reason ?? null, reason: h.reason ? (localizedReason(h.reason, ctx.lang) ?? localize(CLOSING_REASONS[h.reason] ?? { ar: h.reason, en: h.reason }, ctx.lang)) : null }));
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

const CLOSING_REASONS: Record<string, { ar: string; en: string }> = {
  BILL_EXPIRED: { ar: 'انتهت مهلة سداد الفاتورة.', en: 'The bill was not paid in time.' },
  CANCELLED_BY_APPLICANT: { ar: 'ألغاه مقدم الطلب.', en: 'Cancelled by the applicant.' },
};
