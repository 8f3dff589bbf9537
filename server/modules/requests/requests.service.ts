import { EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { PageRequest } from '../../shared/connection';
import { addMs, DAY, riyadhDate } from '../../shared/clock';
import { UserInputError } from '../../shared/errors';
import type { Localized } from '../../shared/i18n';
import type { Actor, RequestMeta } from '../../shared/context';
import type { Deps } from '../../shared/module';
import { maskNationalId, parseNationalId } from '../../shared/normalize';
import type { Transaction, UnitOfWork } from '../../shared/unit-of-work';
import { ReadCache } from '../../shared/read-cache';
import { AuditEventType, audit } from '../audit';
import { CATALOGUE, serviceDefinition, ServiceCode } from '../catalogue';
import { Account } from '../identity';
import type { Authorisation } from '../authorisations';
import { NotificationKind } from '../notifications';
import { DocumentStatus, DocumentType, Person, PersonDocument, Vehicle, Violation } from '../registry';
import { HANDLERS, ISSUED_BY_REQUEST, ServiceInputData } from './handlers';
import { cancelExitReentryVisaRules } from './rules/passports.rules';
import { requestMessages, type StatusReason } from './requests.errors';
import { AlreadyPaid, PaymentRequired, PaymentWithdrawn, RefundDue } from './requests.events';
import { RequestPage, RequestPosition, RequestsReadModel } from './requests.read-model';
import { requestTexts } from './requests.texts';
import { audienceReasons, Facts, offeredFor, RuleError, Verdict } from './rules/facts';
import { total } from './rules/fees';
import { RequestStatus, ServiceRequest } from './service-request.entity';

/** How long a request's fee can be paid after it is submitted (its bill's due time). */
export const BILL_VALIDITY_MS = 3 * DAY;

type RequestCode = keyof typeof requestMessages;

const refuse = (field: string, code: RequestCode, params?: Record<string, string | number>): never => {
  throw new UserInputError([{ field, code, params }]);
};

const OPEN = [RequestStatus.SUBMITTED, RequestStatus.PENDING_PAYMENT];

/**
 * Refusals of the form rather than of the person: a period the service does not offer, a reason
 * too short, a plate or violation number that is none of theirs (mistyped). Nothing is kept; the
 * person corrects the field. Every other rule refuses the person's situation and is kept on record.
 */
const CORRECTABLE = new Set<string>(['INVALID_PERIOD', 'INVALID_CHOICE', 'REASON_INVALID', 'NOT_YOUR_VEHICLE', 'VIOLATION_NOT_FOUND']);

/** A submission's outcome: the request (REFUSED when `refusals` is not empty) and why it was refused. */
export interface Submission {
  request: ServiceRequest;
  refusals: RuleError[];
}

/**
 * Every e-service goes through here: who the beneficiary may be, the facts the rules need, the
 * rule check (the pure functions of `rules/`), the request, its fee (billed by the payments module,
 * which reacts to `PaymentRequired`), and the result issued once paid. One transaction per action;
 * the beneficiary's registry row is locked first (on PostgreSQL — SQLite has one writer anyway) so
 * that two submissions for the same person are checked one after the other, and the unique
 * `activeKey` is the backstop.
 */
export class EServices {
  private readonly reads = new RequestsReadModel();
  /**
   * Pages of each account's requests as read, until a committed change to one of its requests (an
   * ORM event subscriber: the module registers it).
   */
  readonly pages: ReadCache<RequestPage>;

  constructor(private readonly deps: Deps<'config' | 'clock' | 'random' | 'notifier' | 'rateLimits' | 'authorisations' | 'bus'>) {
    this.pages = new ReadCache('request-pages', deps, {
      maxViews: 50_000,
      views: (page) => page.rows.length + 1,
      scopesOf: (change) => (change.entity instanceof ServiceRequest ? [change.entity.applicantAccountId] : []),
    });
  }

  today(): string {
    return riyadhDate(this.deps.clock.now());
  }

  /** The applicant themself, or one of their dependents; anyone else (or an unknown ID) is NOT_YOUR_DEPENDENT, so nothing is revealed. */
  async beneficiary(em: EntityManager, applicant: Person, id: string | null | undefined): Promise<Person> {
    if (id == null || id.trim() === '') return applicant;
    const nationalId = parseNationalId(id);
    if (nationalId === applicant.nationalId) return applicant;
    const dependent = nationalId ? await em.findOne(Person, { nationalId, headOfFamilyId: applicant.nationalId, deceased: false }) : null;
    return dependent ?? refuse('beneficiaryNationalId', 'NOT_YOUR_DEPENDENT');
  }

  /**
   * Whom the caller submits as: themself, or — with `actingFor` — a grantor whose authorisation to
   * the caller is accepted, in force today and names this service. A stranger, a pending, declined,
   * revoked or expired authorisation, or one for other services, all get the same refusal: nothing
   * tells them apart. Acting for someone, the beneficiary is that person only (not their dependants).
   */
  async applicantFor(
    em: EntityManager,
    actor: Actor,
    code: ServiceCode,
    actingFor: string | null | undefined,
    beneficiaryId: string | null | undefined,
  ): Promise<{ applicant: Person; authorisation: Authorisation | null }> {
    const grantorId = actingFor == null || actingFor.trim() === '' ? actor.nationalId : parseNationalId(actingFor);
    if (grantorId === actor.nationalId) return { applicant: await em.findOneOrFail(Person, actor.nationalId), authorisation: null };
    const authorisation = grantorId ? await this.deps.authorisations.inForce(em, actor.nationalId, grantorId, code) : null;
    const grantor = authorisation ? await em.findOne(Person, { nationalId: authorisation.grantorId, deceased: false }) : null;
    if (!authorisation || !grantor) return refuse('actingFor', 'NOT_AUTHORISED_TO_ACT');
    if (beneficiaryId != null && beneficiaryId.trim() !== '' && parseNationalId(beneficiaryId) !== grantor.nationalId) refuse('beneficiaryNationalId', 'NOT_YOUR_DEPENDENT');
    return { applicant: grantor, authorisation };
  }

  /** The beneficiary's holdings, as the rules see them. */
  async facts(em: EntityManager, applicant: Person, beneficiary: Person, ownRequestId: string | null = null): Promise<Facts> {
    const [documents, vehicles] = await Promise.all([em.find(PersonDocument, { nationalId: beneficiary.nationalId }), em.find(Vehicle, { ownerId: beneficiary.nationalId })]);
    const plates = vehicles.map((v) => v.plate);
    const violations = await em.find(Violation, plates.length ? { $or: [{ nationalId: beneficiary.nationalId }, { plate: { $in: plates } }] } : { nationalId: beneficiary.nationalId });
    return { today: this.today(), applicant, beneficiary, documents, vehicles, violations, ownRequestId };
  }

  /**
   * The e-services `applicant` may use for `person` (themself or one of their dependents): those
   * whose audience holds for that person (kind, age, self or dependent) — for someone else, only
   * those whose beneficiary is named in the input. Null for anyone else: nothing is said about them.
   */
  offeredServices(applicant: Person, person: Person): ServiceCode[] | null {
    const self = person.nationalId === applicant.nationalId;
    if (!self && (person.headOfFamilyId !== applicant.nationalId || person.deceased)) return null;
    const today = this.today();
    return CATALOGUE.filter((s) => (self || HANDLERS[s.code].beneficiaryFromInput) && offeredFor(s, applicant, person, today)).map((s) => s.code);
  }

  /**
   * What `eligibility` shows: the same rules as a submission, with the choices given (a period, an
   * entry type) and the service's defaults for the rest.
   */
  async eligibility(
    work: UnitOfWork,
    actor: Actor,
    code: ServiceCode,
    beneficiaryId: string | null | undefined,
    choices: Partial<ServiceInputData> = {},
    actingFor: string | null = null,
  ): Promise<Verdict> {
    const handler = HANDLERS[code];
    const em = work.em;
    try {
      const { applicant } = await this.applicantFor(em, actor, code, actingFor, beneficiaryId);
      const beneficiary = handler.beneficiaryFromInput ? await this.beneficiary(em, applicant, beneficiaryId) : applicant;
      const facts = await this.facts(em, applicant, beneficiary);
      const verdict = await this.check(em, code, facts, { ...defaultInput(code, facts), ...choices });
      // Choices only the submission makes (which driver, until when, why) are not held against eligibility.
      return { ...verdict, errors: verdict.errors.filter((e) => !['driverNationalId', 'until', 'reason'].includes(e.field)) };
    } catch (error) {
      if (error instanceof UserInputError) return { errors: error.errors as Verdict['errors'], fee: [] };
      throw error;
    }
  }

  /**
   * Submits an e-service: checks its rules and either asks for payment or, when free, completes it
   * at once. A submission the rules refuse is kept as a REFUSED request with its reasons, so the
   * person can show what was refused and why; both count towards the account's submission limit.
   */
  async submit(work: UnitOfWork, actor: Actor, code: ServiceCode, input: ServiceInputData, meta: RequestMeta): Promise<Submission> {
    const handler = HANDLERS[code];
    const now = this.deps.clock.now();
    const clientAddress = meta.clientAddress ?? null;
    await this.deps.rateLimits.consume('submission-account', actor.accountId, meta.lang);
    try {
      return await work.transaction(async (tx) => {
        const em = tx.em;
        const { applicant, authorisation } = await this.applicantFor(em, actor, code, input.actingFor, input.beneficiaryNationalId);
        const { actingFor: _asked, ...asked } = input;
        input = authorisation ? { ...asked, actingFor: applicant.nationalId } : asked;
        const beneficiary = handler.beneficiaryFromInput ? await this.beneficiary(em, applicant, input.beneficiaryNationalId) : applicant;
        if (this.deps.config.database.kind === 'postgresql') await em.findOne(Person, beneficiary.nationalId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        await this.expireOverdue(tx, actor.accountId, now);
        const activeKey = `${code}|${beneficiary.nationalId}|${handler.subject(input)}`.slice(0, 200);
        if (await em.count(ServiceRequest, { activeKey })) refuse('', 'DUPLICATE_REQUEST');
        const facts = await this.facts(em, applicant, beneficiary);
        const verdict = await this.check(em, code, facts, input);
        const refused = verdict.errors.length > 0;
        // A form to correct is not a refusal to keep: the person fixes the field and sends again.
        if (refused && verdict.errors.some((e) => CORRECTABLE.has(e.code))) throw new UserInputError(verdict.errors);

        const status = refused ? RequestStatus.REFUSED : RequestStatus.SUBMITTED;
        const request = em.create(ServiceRequest, {
          reference: await this.newReference(em, now),
          serviceCode: code,
          applicantAccountId: actor.accountId,
          applicantId: applicant.nationalId,
          beneficiaryId: beneficiary.nationalId,
          status,
          input: { ...input },
          history: [refused ? { status, at: now.toISOString(), reason: verdict.errors[0].code, refusals: verdict.errors } : { status, at: now.toISOString() }],
          activeKey: refused ? null : activeKey,
          submittedAt: now,
        });
        audit(em, {
          type: AuditEventType.REQUEST_SUBMITTED,
          accountId: actor.accountId,
          clientAddress,
          at: now,
          detail: { reference: request.reference, service: code, beneficiary: maskNationalId(beneficiary.nationalId), ...(refused ? { refused: verdict.errors.map((e) => e.code).join(',') } : {}) },
        });
        // Acting for someone: the grantor is told, and both have the act in their history (refused or not).
        if (authorisation) await this.deps.authorisations.recordAct(tx, authorisation, code, request.reference, now, clientAddress);
        if (refused) return { request, refusals: verdict.errors };
        if (code === ServiceCode.PAY_VIOLATIONS) {
          // Claim the violations for this bill; a parallel submission claiming any of them finds fewer rows and is a duplicate.
          const numbers = [...new Set(input.violationNumbers)];
          const claimed = await em.nativeUpdate(Violation, { number: { $in: numbers }, paid: false, pendingRequestId: null }, { pendingRequestId: request.id });
          if (claimed !== numbers.length) refuse('violationNumbers', 'DUPLICATE_REQUEST');
        }
        const amount = total(verdict.fee);
        if (amount > 0) {
          request.payBy = addMs(now, BILL_VALIDITY_MS);
          this.move(request, RequestStatus.PENDING_PAYMENT, now);
          await em.flush();
          await tx.publish(new PaymentRequired(request, actor.accountId, verdict.fee, amount, request.payBy));
        } else {
          await this.issue(tx, request, facts, now);
        }
        return { request, refusals: [] };
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) refuse('', 'DUPLICATE_REQUEST');
      throw error;
    }
  }

  /**
   * Completes a paid request inside the payment's transaction: the rules are checked again (the
   * world may have changed since the bill was issued: a travel ban, a new violation); if they
   * still hold the result is issued, else the request is REJECTED with the first reason.
   */
  async completePaid(tx: Transaction, request: ServiceRequest, now: Date): Promise<void> {
    const em = tx.em;
    const applicant = await em.findOneOrFail(Person, request.applicantId);
    const beneficiary = await em.findOneOrFail(Person, request.beneficiaryId);
    const facts = await this.facts(em, applicant, beneficiary, request.id);
    const verdict = await this.check(em, request.serviceCode as ServiceCode, facts, request.input as ServiceInputData);
    if (verdict.errors.length) {
      const reason = verdict.errors[0].code;
      this.move(request, RequestStatus.REJECTED, now, reason, verdict.errors);
      await this.close(em, request);
      await tx.publish(new RefundDue(request));
      await this.tell(tx, NotificationKind.REQUEST_REJECTED, requestTexts.rejected, request, now, {}, { reason: requestMessages[reason] });
      return;
    }
    await this.issue(tx, request, facts, now);
  }

  /** The service's own rules and the catalogue's "who may use it", together. */
  private async check(em: EntityManager, code: ServiceCode, facts: Facts, input: ServiceInputData): Promise<Verdict> {
    const handler = HANDLERS[code];
    const verdict = await handler.check(em, facts, input);
    const who = audienceReasons(serviceDefinition(code)!, facts, handler.beneficiaryFromInput ? 'beneficiaryNationalId' : '');
    const extra = who.filter((e) => !verdict.errors.some((x) => x.code === e.code));
    return { ...verdict, errors: [...extra, ...verdict.errors] };
  }

  /** Cancels an open request of the caller; its fee can no longer be paid. */
  async cancel(work: UnitOfWork, actor: Actor, reference: string): Promise<ServiceRequest> {
    const now = this.deps.clock.now();
    return work.transaction(async (tx) => {
      const request = (await tx.em.findOne(ServiceRequest, { reference: reference.trim(), applicantAccountId: actor.accountId })) ?? refuse('reference', 'REQUEST_NOT_FOUND');
      if (!OPEN.includes(request.status)) refuse('reference', 'REQUEST_NOT_CANCELLABLE');
      if (request.status === RequestStatus.PENDING_PAYMENT) {
        try {
          await tx.publish(new PaymentWithdrawn(request));
        } catch (error) {
          // A payment landing at the same moment wins.
          if (error instanceof AlreadyPaid) refuse('reference', 'REQUEST_NOT_CANCELLABLE');
          throw error;
        }
      }
      this.move(request, RequestStatus.CANCELLED, now, 'CANCELLED_BY_APPLICANT');
      await this.close(tx.em, request);
      await this.tell(tx, NotificationKind.REQUEST_CANCELLED, requestTexts.cancelled, request, now);
      return request;
    });
  }

  /**
   * Cancels an exit re-entry visa before it is used, by the account that paid for it: the visa turns
   * CANCELLED, its request CANCELLED, and its bill is refunded (`RefundDue`), in one transaction.
   * The visa's status moves only from VALID, so of parallel cancellations exactly one refunds.
   */
  async cancelExitReentryVisa(work: UnitOfWork, actor: Actor, documentId: string): Promise<ServiceRequest> {
    const now = this.deps.clock.now();
    return work.transaction(async (tx) => {
      const visa = await tx.em.findOne(PersonDocument, { id: documentId, type: DocumentType.EXIT_REENTRY_VISA });
      const reference = visa?.details?.[ISSUED_BY_REQUEST];
      const request = typeof reference === 'string' ? await tx.em.findOne(ServiceRequest, { reference, applicantAccountId: actor.accountId }) : null;
      // Another person's visa, or one this account did not pay for, is not found: nothing is revealed.
      if (!visa || !request) return refuse('documentId', 'VISA_NOT_FOUND');
      if (request.status !== RequestStatus.COMPLETED) refuse('documentId', 'VISA_NOT_CANCELLABLE');
      const holder = await tx.em.findOneOrFail(Person, visa.nationalId);
      const refusals = cancelExitReentryVisaRules(visa, holder, this.today());
      if (refusals.length) throw new UserInputError(refusals);
      if (!(await tx.em.nativeUpdate(PersonDocument, { id: visa.id, status: DocumentStatus.VALID }, { status: DocumentStatus.CANCELLED }))) refuse('documentId', 'VISA_NOT_CANCELLABLE');
      this.move(request, RequestStatus.CANCELLED, now, 'VISA_CANCELLED_UNUSED');
      await tx.publish(new RefundDue(request, 'CANCELLED'));
      await this.tell(tx, NotificationKind.REQUEST_CANCELLED, requestTexts.visaCancelled, request, now, { visa: visa.number });
      audit(tx.em, { type: AuditEventType.VISA_CANCELLED, accountId: actor.accountId, at: now, detail: { reference: request.reference, visa: visa.number, holder: maskNationalId(visa.nationalId) } });
      return request;
    });
  }

  /**
   * Before showing someone their requests or bills: closes what could not be paid in time (lazily,
   * so no background job is needed; one cheap statement when nothing is overdue).
   */
  async closeOverdue(work: UnitOfWork, accountId: string): Promise<void> {
    const now = this.deps.clock.now();
    // Asked on every read of requests and bills: one read-model statement (no ORM on the read path).
    const pendingPayBy = await this.reads.pendingPayBy(work.em, accountId);
    if (!pendingPayBy || pendingPayBy >= now) return;
    await work.transaction((tx) => this.expireOverdue(tx, accountId, now));
  }

  /** This account's requests whose time to pay ran out are CANCELLED (so they no longer block a new submission), and their bills withdrawn. */
  async expireOverdue(tx: Transaction, accountId: string, now: Date): Promise<void> {
    const overdue = await tx.em.find(ServiceRequest, { applicantAccountId: accountId, status: RequestStatus.PENDING_PAYMENT, payBy: { $lt: now } });
    for (const request of overdue) {
      try {
        await tx.publish(new PaymentWithdrawn(request));
      } catch (error) {
        // Paid in time after all (the payment is completing it): not ours to close.
        if (error instanceof AlreadyPaid) continue;
        throw error;
      }
      this.move(request, RequestStatus.CANCELLED, now, 'BILL_EXPIRED');
      await this.close(tx.em, request);
    }
    await tx.em.flush();
  }

  private async issue(tx: Transaction, request: ServiceRequest, facts: Facts, now: Date): Promise<void> {
    const handler = HANDLERS[request.serviceCode as ServiceCode];
    request.result = await handler.issue({
      tx: tx.em,
      transaction: tx,
      authorisations: this.deps.authorisations,
      at: now,
      request,
      facts,
      input: request.input as ServiceInputData,
      random: this.deps.random,
    });
    this.move(request, RequestStatus.COMPLETED, now);
    request.activeKey = null;
    await this.tell(tx, NotificationKind.REQUEST_COMPLETED, requestTexts.completed, request, now);
  }

  /** `refusals` keeps what the reasons' messages need (dates, counts) to be shown again later. */
  private move(request: ServiceRequest, status: RequestStatus, now: Date, reason: StatusReason | null = null, refusals?: RuleError[]): void {
    request.status = status;
    request.history = [...request.history, { status, at: now.toISOString(), ...(reason ? { reason } : {}), ...(refusals ? { refusals } : {}) }];
  }

  /** A closed request frees its key and the violations it had claimed. */
  private async close(em: EntityManager, request: ServiceRequest): Promise<void> {
    request.activeKey = null;
    await em.nativeUpdate(Violation, { pendingRequestId: request.id }, { pendingRequestId: null });
  }

  /** Tells the applicant what happened to their request (in-app and by SMS). */
  async tell(
    tx: Transaction,
    kind: NotificationKind,
    text: { title: Localized; body: Localized },
    request: ServiceRequest,
    at: Date,
    params: Record<string, string | number> = {},
    localizedParams: Record<string, Localized> = {},
  ): Promise<void> {
    const service = serviceDefinition(request.serviceCode)!;
    const account = await tx.em.findOneOrFail(Account, request.applicantAccountId);
    await this.deps.notifier.notify(tx, account, {
      kind,
      title: text.title,
      body: text.body,
      params: { reference: request.reference, ...params },
      localizedParams: { service: service.name, ...localizedParams },
      link: `/requests/${request.reference}`,
      reference: request.reference,
      at,
    });
  }

  private async newReference(em: EntityManager, now: Date): Promise<string> {
    for (;;) {
      const reference = `R-${riyadhDate(now).slice(0, 4)}-${this.deps.random.digits(8)}`;
      if (!(await em.count(ServiceRequest, { reference }))) return reference;
    }
  }

  /**
   * A page of the caller's requests, newest first (read model: plain rows, one statement, kept by
   * the page cache until a write to the account's requests or bills). The page says when the
   * account's earliest time to pay runs out; once it has, the overdue requests are closed first and
   * the page read again.
   */
  async mine(work: UnitOfWork, accountId: string, status: RequestStatus | null, page: PageRequest<RequestPosition>): Promise<readonly ServiceRequest[]> {
    const now = this.deps.clock.now();
    const key = `${status ?? ''}\u0000${page.direction}\u0000${page.limit}\u0000${JSON.stringify([page.from, page.to])}`;
    const read = () => this.pages.through(work.em, accountId, key, () => this.reads.page(work.em, accountId, status, page));
    const first = await read();
    if (!first.pendingPayBy || first.pendingPayBy >= now) return first.rows;
    await work.transaction((tx) => this.expireOverdue(tx, accountId, now));
    return (await read()).rows;
  }

  /** One of the caller's requests by reference, or null. */
  async byReference(work: UnitOfWork, accountId: string, reference: string): Promise<ServiceRequest | null> {
    await this.closeOverdue(work, accountId);
    return this.reads.byReference(work.em, accountId, reference.trim().slice(0, 20));
  }

  /** Requests by id, for batched look-ups (a page of bills shows their requests' references). */
  byIds(em: EntityManager, ids: readonly string[]): Promise<ServiceRequest[]> {
    return this.reads.byIds(em, ids);
  }

  /** The caller's requests among `ids` (what `node(id:)` may show them). */
  async mineByIds(work: UnitOfWork, accountId: string, ids: readonly string[]): Promise<(ServiceRequest | null)[]> {
    const found = await this.reads.byIds(work.em, ids);
    return ids.map((id) => found.find((r) => r.id === id && r.applicantAccountId === accountId) ?? null);
  }
}

/** The choices `eligibility` assumes: the shortest period, the first vehicle, all unpaid violations. */
export function defaultInput(code: ServiceCode, facts: Facts): ServiceInputData {
  const plate = facts.vehicles[0]?.plate ?? '';
  switch (code) {
    case ServiceCode.RENEW_NATIONAL_ID:
    case ServiceCode.FINAL_EXIT_VISA:
      return {};
    case ServiceCode.REPLACE_DOCUMENT:
      return { documentType: facts.beneficiary.kind === 'CITIZEN' ? 'NATIONAL_ID' : 'IQAMA', cause: 'LOST' };
    case ServiceCode.RENEW_PASSPORT:
      return { years: 5 };
    case ServiceCode.EXIT_REENTRY_VISA:
      return { entryType: 'SINGLE', months: 2 };
    case ServiceCode.EXTEND_EXIT_REENTRY_VISA:
      return { months: 1 };
    case ServiceCode.RENEW_IQAMA:
      return { years: 1 };
    case ServiceCode.RENEW_DRIVING_LICENCE:
      return { years: 2 };
    case ServiceCode.RENEW_VEHICLE_REGISTRATION:
      return { plate, years: 1 };
    case ServiceCode.PAY_VIOLATIONS:
      return { violationNumbers: facts.violations.filter((v) => !v.paid && !v.pendingRequestId && v.disputeStatus !== 'OPEN' && v.disputeStatus !== 'UPHELD').map((v) => v.number) };
    case ServiceCode.DISPUTE_VIOLATION: {
      // The latest one that can still be disputed, else the latest unpaid (so the reason it cannot is shown).
      const unpaidNewestFirst = facts.violations.filter((v) => !v.paid).sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : -1));
      const latest = unpaidNewestFirst.find((v) => v.disputeStatus === 'NONE') ?? unpaidNewestFirst[0];
      return { violationNumber: latest?.number ?? '', reason: 'x'.repeat(10) };
    }
    case ServiceCode.AUTHORIZE_DRIVER:
      return { plate, driverNationalId: '', until: '' };
  }
}
