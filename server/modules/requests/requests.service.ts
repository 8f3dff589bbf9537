import { EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import { addMs, Clock, DAY, riyadhDate } from '../../shared/clock';
import { UserInputError } from '../../shared/errors';
import { Language, Localized, localize } from '../../shared/i18n';
import { maskNationalId, parseNationalId } from '../../shared/normalize';
import type { Random } from '../../shared/random';
import { audit } from '../audit/audit';
import { AuditEventType } from '../audit/audit-event.entity';
import { serviceDefinition, ServiceCode } from '../catalogue/catalogue';
import { Account } from '../identity/account.entity';
import { NotificationKind } from '../notifications/notification-kind';
import type { Deliveries, Notifier } from '../notifications/notifier';
import { notify } from '../notifications/notify';
import { Bill, BillStatus } from '../payments/bill.entity';
import { riyals } from '../payments/money';
import { PersonDocument, Vehicle, Violation } from '../registry/holdings.entity';
import { Person } from '../registry/person.entity';
import { HANDLERS, ServiceInputData } from './handlers';
import { requestMessages } from './requests.errors';
import { requestTexts } from './requests.texts';
import { audienceReasons, Facts, Verdict } from './rules/facts';
import { total } from './rules/fees';
import { RequestStatus, ServiceRequest } from './service-request.entity';

/** How long a bill can be paid after it is issued. */
export const BILL_VALIDITY_MS = 3 * DAY;

type RequestCode = keyof typeof requestMessages;

const refuse = (field: string, code: RequestCode, params?: Record<string, string | number>): never => {
  throw new UserInputError([{ field, code, params }]);
};

const OPEN = [RequestStatus.SUBMITTED, RequestStatus.PENDING_PAYMENT];

/**
 * Every e-service goes through here: who the beneficiary may be, the facts the rules need, the
 * rule check (the pure functions of `rules/`), the request with its bill, and the result issued
 * once paid. One transaction per action; the beneficiary's registry row is locked first (on
 * PostgreSQL — SQLite has one writer anyway) so that two submissions for the same person are
 * checked one after the other, and the unique `activeKey` is the backstop.
 */
export class EServices {
  constructor(
    private readonly config: Config,
    private readonly clock: Clock,
    private readonly random: Random,
    private readonly notifier: Notifier,
    private readonly log: Logger,
  ) {}

  today(): string {
    return riyadhDate(this.clock.now());
  }

  /** The applicant themself, or one of their dependents; anyone else (or an unknown ID) is NOT_YOUR_DEPENDENT, so nothing is revealed. */
  async beneficiary(em: EntityManager, applicant: Person, id: string | null | undefined): Promise<Person> {
    if (id == null || id.trim() === '') return applicant;
    const nationalId = parseNationalId(id);
    if (nationalId === applicant.nationalId) return applicant;
    const dependent = nationalId ? await em.findOne(Person, { nationalId, headOfFamilyId: applicant.nationalId, deceased: false }) : null;
    return dependent ?? refuse('beneficiaryNationalId', 'NOT_YOUR_DEPENDENT');
  }

  /** The beneficiary's holdings, as the rules see them. */
  async facts(em: EntityManager, applicant: Person, beneficiary: Person, ownRequestId: string | null = null): Promise<Facts> {
    const [documents, vehicles] = await Promise.all([
      em.find(PersonDocument, { nationalId: beneficiary.nationalId }),
      em.find(Vehicle, { ownerId: beneficiary.nationalId }),
    ]);
    const plates = vehicles.map((v) => v.plate);
    const violations = await em.find(Violation, plates.length ? { $or: [{ nationalId: beneficiary.nationalId }, { plate: { $in: plates } }] } : { nationalId: beneficiary.nationalId });
    return { today: this.today(), applicant, beneficiary, documents, vehicles, violations, ownRequestId };
  }

  /** What `eligibility` shows: the same rules as a submission, with the service's default choices. */
  async eligibility(em: EntityManager, account: Account, code: ServiceCode, beneficiaryId: string | null | undefined): Promise<Verdict> {
    const handler = HANDLERS[code];
    try {
      const applicant = await em.findOneOrFail(Person, account.person.nationalId);
      const beneficiary = handler.beneficiaryFromInput ? await this.beneficiary(em, applicant, beneficiaryId) : applicant;
      const facts = await this.facts(em, applicant, beneficiary);
      const verdict = await this.check(em, code, facts, defaultInput(code, facts));
      // Choices only the submission makes (which driver, until when, why) are not held against eligibility.
      return { ...verdict, errors: verdict.errors.filter((e) => !['driverNationalId', 'until', 'reason'].includes(e.field)) };
    } catch (error) {
      if (error instanceof UserInputError) return { errors: error.errors as Verdict['errors'], fee: [] };
      throw error;
    }
  }

  /** Submits an e-service: checks its rules and either issues a bill or, when free, completes it at once. */
  async submit(em: EntityManager, account: Account, code: ServiceCode, input: ServiceInputData, clientAddress: string | null): Promise<ServiceRequest> {
    const handler = HANDLERS[code];
    const now = this.clock.now();
    try {
      return await this.notifier.transaction(em, async (tx, out) => {
        const applicant = await tx.findOneOrFail(Person, account.person.nationalId);
        const beneficiary = handler.beneficiaryFromInput ? await this.beneficiary(tx, applicant, input.beneficiaryNationalId) : applicant;
        if (this.config.database.kind === 'postgresql') await tx.findOne(Person, beneficiary.nationalId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        await this.expireOverdueBills(tx, account.id, now);
        const activeKey = `${code}|${beneficiary.nationalId}|${handler.subject(input)}`.slice(0, 200);
        if (await tx.count(ServiceRequest, { activeKey })) refuse('', 'DUPLICATE_REQUEST');
        const facts = await this.facts(tx, applicant, beneficiary);
        const verdict = await this.check(tx, code, facts, input);
        if (verdict.errors.length) throw new UserInputError(verdict.errors);

        const request = tx.create(ServiceRequest, {
          reference: await this.newReference(tx, now),
          serviceCode: code,
          applicantAccountId: account.id,
          applicantId: applicant.nationalId,
          beneficiaryId: beneficiary.nationalId,
          status: RequestStatus.SUBMITTED,
          input: { ...input },
          history: [{ status: RequestStatus.SUBMITTED, at: now.toISOString() }],
          activeKey,
          submittedAt: now,
        });
        audit(tx, {
          type: AuditEventType.REQUEST_SUBMITTED,
          accountId: account.id,
          clientAddress,
          at: now,
          detail: { reference: request.reference, service: code, beneficiary: maskNationalId(beneficiary.nationalId) },
        });
        if (code === ServiceCode.PAY_VIOLATIONS) {
          // Claim the violations for this bill; a parallel submission claiming any of them finds fewer rows and is a duplicate.
          const numbers = [...new Set(input.violationNumbers)];
          const claimed = await tx.nativeUpdate(Violation, { number: { $in: numbers }, paid: false, pendingRequestId: null }, { pendingRequestId: request.id });
          if (claimed !== numbers.length) refuse('violationNumbers', 'DUPLICATE_REQUEST');
        }
        const amount = total(verdict.fee);
        if (amount > 0) {
          const bill = tx.create(Bill, {
            number: await this.newBillNumber(tx),
            requestId: request.id,
            accountId: account.id,
            amountHalalas: amount,
            items: verdict.fee,
            status: BillStatus.UNPAID,
            issuedAt: now,
            dueAt: addMs(now, BILL_VALIDITY_MS),
          });
          request.billNumber = bill.number;
          this.move(request, RequestStatus.PENDING_PAYMENT, now);
          this.tell(tx, out, account, NotificationKind.BILL_ISSUED, requestTexts.billIssued, request, now, {
            bill: bill.number,
            amount: riyals(amount),
            due: riyadhDate(bill.dueAt),
          });
        } else {
          await this.issue(tx, out, account, request, facts, now);
        }
        return request;
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
  async completePaid(tx: EntityManager, out: Deliveries, request: ServiceRequest, now: Date): Promise<void> {
    const account = await tx.findOneOrFail(Account, request.applicantAccountId);
    const applicant = await tx.findOneOrFail(Person, request.applicantId);
    const beneficiary = await tx.findOneOrFail(Person, request.beneficiaryId);
    const facts = await this.facts(tx, applicant, beneficiary, request.id);
    const verdict = await this.check(tx, request.serviceCode as ServiceCode, facts, request.input as ServiceInputData);
    if (verdict.errors.length) {
      const reason = verdict.errors[0].code;
      this.move(request, RequestStatus.REJECTED, now, reason);
      await this.close(tx, request);
      this.tell(tx, out, account, NotificationKind.REQUEST_REJECTED, requestTexts.rejected, request, now, {}, { reason: requestMessages[reason] });
      return;
    }
    await this.issue(tx, out, account, request, facts, now);
  }

  /** The service's own rules and the catalogue's "who may use it", together. */
  private async check(tx: EntityManager, code: ServiceCode, facts: Facts, input: ServiceInputData): Promise<Verdict> {
    const handler = HANDLERS[code];
    const verdict = await handler.check(tx, facts, input);
    const who = audienceReasons(serviceDefinition(code)!, facts, handler.beneficiaryFromInput ? 'beneficiaryNationalId' : '');
    const extra = who.filter((e) => !verdict.errors.some((x) => x.code === e.code));
    return { ...verdict, errors: [...extra, ...verdict.errors] };
  }

  /** Cancels an open request of the caller; its bill can no longer be paid. */
  async cancel(em: EntityManager, account: Account, reference: string): Promise<ServiceRequest> {
    const now = this.clock.now();
    return this.notifier.transaction(em, async (tx, out) => {
      const request = (await tx.findOne(ServiceRequest, { reference: reference.trim(), applicantAccountId: account.id })) ?? refuse('reference', 'REQUEST_NOT_FOUND');
      if (!OPEN.includes(request.status)) refuse('reference', 'REQUEST_NOT_CANCELLABLE');
      if (request.billNumber) {
        // Only an unpaid bill can be withdrawn: a payment landing at the same moment wins.
        const withdrawn = await tx.nativeUpdate(Bill, { number: request.billNumber, status: BillStatus.UNPAID }, { status: BillStatus.EXPIRED });
        if (!withdrawn) refuse('reference', 'REQUEST_NOT_CANCELLABLE');
      }
      this.move(request, RequestStatus.CANCELLED, now, 'CANCELLED_BY_APPLICANT');
      await this.close(tx, request);
      this.tell(tx, out, account, NotificationKind.REQUEST_CANCELLED, requestTexts.cancelled, request, now);
      return request;
    });
  }

  /**
   * Before showing someone their requests or bills: closes what expired since (lazily, so no
   * background job is needed; one cheap query when nothing is overdue).
   */
  async closeOverdue(em: EntityManager, accountId: string): Promise<void> {
    const now = this.clock.now();
    // Asked on every read of requests and bills: a plain statement, not the ORM's count (~5× less CPU).
    const bills = em.getPlatform().quoteIdentifier(em.getMetadata().get(Bill).tableName);
    const q = (name: string) => em.getPlatform().quoteIdentifier(name);
    const [overdue] = await em
      .getConnection()
      .execute<{ n: number }[]>(`select count(*) as n from ${bills} where ${q('account_id')} = ? and ${q('status')} = ? and ${q('due_at')} < ?`, [accountId, BillStatus.UNPAID, em.getPlatform().processDateProperty(now)]);
    if (!Number(overdue?.n)) return;
    await em.transactional((tx) => this.expireOverdueBills(tx, accountId, now));
  }

  /** Bills of this account past their due time become EXPIRED and their requests CANCELLED (so they no longer block a new submission). */
  async expireOverdueBills(tx: EntityManager, accountId: string, now: Date): Promise<void> {
    const overdue = await tx.find(Bill, { accountId, status: BillStatus.UNPAID, dueAt: { $lt: now } });
    for (const bill of overdue) {
      if (!(await tx.nativeUpdate(Bill, { number: bill.number, status: BillStatus.UNPAID }, { status: BillStatus.EXPIRED }))) continue;
      const request = await tx.findOne(ServiceRequest, { id: bill.requestId, status: { $in: OPEN } });
      if (!request) continue;
      this.move(request, RequestStatus.CANCELLED, now, 'BILL_EXPIRED');
      await this.close(tx, request);
    }
    await tx.flush();
  }

  private async issue(tx: EntityManager, out: Deliveries, account: Account, request: ServiceRequest, facts: Facts, now: Date): Promise<void> {
    const handler = HANDLERS[request.serviceCode as ServiceCode];
    request.result = await handler.issue({ tx, request, facts, input: request.input as ServiceInputData, random: this.random });
    this.move(request, RequestStatus.COMPLETED, now);
    request.activeKey = null;
    this.tell(tx, out, account, NotificationKind.REQUEST_COMPLETED, requestTexts.completed, request, now);
  }

  private move(request: ServiceRequest, status: RequestStatus, now: Date, reason: string | null = null): void {
    request.status = status;
    request.history = [...request.history, { status, at: now.toISOString(), ...(reason ? { reason } : {}) }];
  }

  /** A closed request frees its key and the violations it had claimed. */
  private async close(tx: EntityManager, request: ServiceRequest): Promise<void> {
    request.activeKey = null;
    await tx.nativeUpdate(Violation, { pendingRequestId: request.id }, { pendingRequestId: null });
  }

  private tell(
    tx: EntityManager,
    out: Deliveries,
    account: Account,
    kind: NotificationKind,
    text: { title: Localized; body: Localized },
    request: ServiceRequest,
    at: Date,
    params: Record<string, string | number> = {},
    localizedParams: Record<string, Localized> = {},
  ): void {
    const service = serviceDefinition(request.serviceCode)!;
    notify(tx, out, account, {
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

  private async newReference(tx: EntityManager, now: Date): Promise<string> {
    for (;;) {
      const reference = `R-${riyadhDate(now).slice(0, 4)}-${this.random.digits(8)}`;
      if (!(await tx.count(ServiceRequest, { reference }))) return reference;
    }
  }

  /** SADAD-style bill number: the biller code (090, this portal) and 10 random digits. */
  private async newBillNumber(tx: EntityManager): Promise<string> {
    for (;;) {
      const number = `090${this.random.digits(10)}`;
      if (!(await tx.count(Bill, { number }))) return number;
    }
  }
}

/** The choices `eligibility` assumes: the shortest period, the first vehicle, all unpaid violations. */
export function defaultInput(code: ServiceCode, facts: Facts): ServiceInputData {
  const plate = facts.vehicles[0]?.plate ?? '';
  switch (code) {
    case ServiceCode.RENEW_NATIONAL_ID:
    case ServiceCode.FINAL_EXIT_VISA:
      return {};
    case ServiceCode.RENEW_PASSPORT:
      return { years: 5 };
    case ServiceCode.EXIT_REENTRY_VISA:
      return { entryType: 'SINGLE', months: 2 };
    case ServiceCode.RENEW_IQAMA:
      return { years: 1 };
    case ServiceCode.RENEW_DRIVING_LICENCE:
      return { years: 2 };
    case ServiceCode.RENEW_VEHICLE_REGISTRATION:
      return { plate, years: 1 };
    case ServiceCode.PAY_VIOLATIONS:
      return { violationNumbers: facts.violations.filter((v) => !v.paid && !v.pendingRequestId && v.disputeStatus === 'NONE').map((v) => v.number) };
    case ServiceCode.DISPUTE_VIOLATION: {
      const latest = facts.violations.filter((v) => !v.paid).sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : -1))[0];
      return { violationNumber: latest?.number ?? '', reason: 'x'.repeat(10) };
    }
    case ServiceCode.AUTHORIZE_DRIVER:
      return { plate, driverNationalId: '', until: '' };
  }
}

export const localizedReason = (code: string, lang: Language): string | null =>
  code in requestMessages ? localize(requestMessages[code as RequestCode], lang) : null;
