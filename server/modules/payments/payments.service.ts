import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { riyadhDate } from '../../shared/clock';
import { riyals } from '../../shared/money';
import type { Deps } from '../../shared/module';
import type { Transaction, UnitOfWork } from '../../shared/unit-of-work';
import { AuditEventType, audit } from '../audit';
import { Account } from '../identity';
import { NotificationKind } from '../notifications';
import { AlreadyPaid, PaymentRequired, PaymentWithdrawn, RefundDue, ServiceRequest } from '../requests';
import { Refund, RefundStatus } from './refund.entity';
import { Bill, BillStatus, type BillItem } from './bill.entity';
import type { Localized } from '../../shared/i18n';
import { BillPosition, BillsReadModel } from './payments.read-model';
import { ReadCache } from '../../shared/read-cache';
import type { PageRequest } from '../../shared/connection';
import { PaymentErrors } from './payments.errors';
import { paymentTexts } from './payments.texts';

export type PaymentChannel = 'DEV' | 'SADAD';

/** A notification's title and body, each in both languages. */
export type BillText = { title: Localized; body: Localized };

/** A bill for something that is not a request (see `issueFor`). */
export interface BillFor {
  /** The id of what it is for: unique among bills (one bill each). */
  subjectId: string;
  accountId: string;
  items: readonly BillItem[];
  payBy: Date;
  reference: string | null;
  link: string | null;
}

/**
 * A bill that is not a request's was paid, in the paying transaction: the module it was issued for
 * completes what was paid for there (or refunds it with `refundFor`), so a payment and its
 * consequences commit together.
 */
export class BillPaid {
  constructor(
    readonly bill: Bill,
    readonly at: Date,
  ) {}
}

/**
 * What this portal asks of a payment gateway beyond taking payments (which arrive as signed
 * notices): giving money back. A gateway answers with its reference once it has done so, or null
 * when it will confirm later (the refund stays PENDING until then).
 */
export interface PaymentGateway {
  refund(refund: { refundId: string; billNumber: string; amountHalalas: number }): Promise<{ reference: string } | null>;
}

/** The development gateway: every refund completes at once. */
export const developmentGateway: PaymentGateway = {
  refund: async ({ refundId }) => ({ reference: `DEV-RF-${refundId.slice(0, 8).toUpperCase()}` }),
};

/** What happened to a payment notice. Only PAID moved money; every other outcome changed nothing. */
export type SettleOutcome = 'PAID' | 'ALREADY_PAID' | 'NOT_FOUND' | 'NOT_PAYABLE' | 'AMOUNT_MISMATCH' | 'DUPLICATE_TRANSACTION';

const refuse = (code: keyof typeof PaymentErrors.messages): never => PaymentErrors.refuse('billNumber', code);

/** The header names of the gateway's signed callback. */
export const SADAD_SIGNATURE_HEADER = 'x-sadad-signature';
export const SADAD_TIMESTAMP_HEADER = 'x-sadad-timestamp';
// The signature and replay check is the one every partner callback shares (shared/signed-callback.ts).
export { CALLBACK_MAX_AGE_SECONDS, signCallback } from '../../shared/signed-callback';

export interface SadadNotice {
  billNumber: string;
  amountHalalas: number;
  transactionId: string;
}

/**
 * Bills are paid here, by the development button (`payBill`) or by the gateway's signed callback.
 * Paying is one conditional update (`status = UNPAID`) inside the transaction that also completes
 * the request: a replayed or concurrent notice finds the bill no longer unpaid and changes nothing,
 * so money is never counted twice.
 */
export class PaymentsService {
  private readonly reads = new BillsReadModel();
  /**
   * Each request's bill (or that it has none) as read, until a committed change to it: a new bill,
   * a payment, a withdrawal or a refund (an ORM event subscriber the module registers; the native
   * updates below tell it themselves).
   */
  readonly bills: ReadCache<Bill | null>;

  constructor(
    private readonly deps: Deps<'config' | 'clock' | 'random' | 'notifier' | 'eservices' | 'work' | 'bus'>,
    private readonly gateway: PaymentGateway = developmentGateway,
  ) {
    this.bills = new ReadCache('bills-by-request', deps, {
      maxViews: 50_000,
      scopesOf: (change) => (change.entity instanceof Bill ? [change.entity.requestId] : []),
    });
  }

  /**
   * A request rejected when its bill was paid, or cancelled after it where its rules allow: the bill turns REFUNDED and a refund is recorded, in
   * the rejecting transaction (one per bill: the conditional update and the unique bill number make
   * a second rejection create none). Once committed, the gateway is asked to pay it back.
   */
  async refund(tx: Transaction, event: RefundDue): Promise<void> {
    const owed = event.because === 'CANCELLED' ? paymentTexts.refundOwedCancelled : paymentTexts.refundOwed;
    await this.refundFor(tx, event.request.id, event.request.reference, `/requests/${event.request.reference}`, owed);
  }

  /**
   * The same for the paid bill of anything (a request, a vehicle sale) by the id it was issued for;
   * `owed` is what the payer is told (`{reference}`, `{bill}`, `{amount}`). False when there was no
   * paid bill to refund (already refunded, or never paid).
   */
  async refundFor(tx: Transaction, subjectId: string, reference: string, link: string, owed: BillText): Promise<boolean> {
    const now = this.deps.clock.now();
    const bill = await tx.em.findOne(Bill, { requestId: subjectId });
    if (!bill || !(await tx.em.nativeUpdate(Bill, { number: bill.number, status: BillStatus.PAID }, { status: BillStatus.REFUNDED }))) return false;
    this.bills.changed(tx, [subjectId]);
    const refund = tx.em.create(Refund, { billNumber: bill.number, accountId: bill.accountId, amountHalalas: bill.amountHalalas, createdAt: now });
    await tx.em.flush();
    const account = await tx.em.findOneOrFail(Account, bill.accountId);
    await this.deps.notifier.notify(tx, account, {
      kind: NotificationKind.BILL_REFUNDED,
      title: owed.title,
      body: owed.body,
      params: { reference, bill: bill.number, amount: riyals(bill.amountHalalas) },
      link,
      reference,
      // The rejection has its own SMS; the refund's SMS follows when the money is sent.
      sms: false,
      at: now,
    });
    tx.afterCommit(() => this.askGateway(refund.id, reference, link));
    return true;
  }

  /** Asks the gateway for a recorded refund; what it confirms is written down (a refund it leaves pending stays so). */
  private async askGateway(refundId: string, reference: string, link: string): Promise<void> {
    const work = this.deps.work.begin();
    const refund = await work.em.findOneOrFail(Refund, refundId);
    const confirmed = await this.gateway.refund({ billNumber: refund.billNumber, amountHalalas: refund.amountHalalas, refundId: refund.id });
    if (!confirmed) return;
    await work.transaction(async (tx) => {
      const done = await tx.em.nativeUpdate(
        Refund,
        { id: refund.id, status: RefundStatus.PENDING },
        { status: RefundStatus.COMPLETED, completedAt: this.deps.clock.now(), gatewayReference: confirmed.reference },
      );
      if (!done) return;
      const account = await tx.em.findOneOrFail(Account, refund.accountId);
      await this.deps.notifier.notify(tx, account, {
        kind: NotificationKind.BILL_REFUNDED,
        title: paymentTexts.refundCompleted.title,
        body: paymentTexts.refundCompleted.body,
        params: { bill: refund.billNumber, amount: riyals(refund.amountHalalas), gatewayReference: confirmed.reference },
        link,
        reference,
        at: this.deps.clock.now(),
      });
    });
  }

  /** The refunds of a page of bills, in one statement. */
  refundsOf(em: EntityManager, billNumbers: readonly string[]): Promise<Refund[]> {
    return em.find(Refund, { billNumber: { $in: [...billNumbers] } });
  }

  /** Issues the bill of a request that has a fee, in the submission's transaction, and tells the applicant. */
  async issueBill(tx: Transaction, event: PaymentRequired): Promise<Bill> {
    const now = this.deps.clock.now();
    const bill = await this.issueFor(tx, { subjectId: event.request.id, accountId: event.applicantAccountId, items: event.items, payBy: event.payBy, reference: null, link: null });
    await this.deps.eservices.tell(tx, NotificationKind.BILL_ISSUED, paymentTexts.billIssued, event.request, now, {
      bill: bill.number,
      amount: riyals(bill.amountHalalas),
      due: riyadhDate(bill.dueAt),
    });
    return bill;
  }

  /**
   * Issues a bill for anything payable (a request; a vehicle sale, with its own reference and page):
   * the total is the sum of its lines. When it is paid, a request is completed; for anything else
   * `BillPaid` is published in the paying transaction, for its module to finish the job.
   */
  async issueFor(tx: Transaction, bill: BillFor): Promise<Bill> {
    return tx.em.create(Bill, {
      number: await this.newBillNumber(tx.em),
      requestId: bill.subjectId,
      reference: bill.reference,
      link: bill.link,
      accountId: bill.accountId,
      amountHalalas: bill.items.reduce((sum, item) => sum + item.halalas, 0),
      items: [...bill.items],
      status: BillStatus.UNPAID,
      issuedAt: this.deps.clock.now(),
      dueAt: bill.payBy,
    });
  }

  /**
   * Makes the bill issued for `subjectId` unpayable, unless it was paid first: then `AlreadyPaid` is
   * thrown (the payment wins, and the caller's transaction rolls back). One conditional update on the
   * bill's row decides between a payment and a withdrawal landing at the same moment.
   */
  async withdrawFor(tx: Transaction, subjectId: string): Promise<void> {
    const withdrawn = await tx.em.nativeUpdate(Bill, { requestId: subjectId, status: BillStatus.UNPAID }, { status: BillStatus.EXPIRED });
    if (withdrawn === 1) return this.bills.changed(tx, [subjectId]);
    const bill = await tx.em.findOne(Bill, { requestId: subjectId }, { refresh: true });
    if (bill?.status === BillStatus.PAID || bill?.status === BillStatus.REFUNDED) throw new AlreadyPaid(subjectId);
  }

  /** Withdraws a closing request's bill, unless it was paid first (then `AlreadyPaid`: the payment wins). */
  withdrawBill(tx: Transaction, event: PaymentWithdrawn): Promise<void> {
    return this.withdrawFor(tx, event.request.id);
  }

  /** The development payment button: the caller's own bill, paid in full. */
  async payDev(work: UnitOfWork, accountId: string, billNumber: string, clientAddress: string | null): Promise<{ bill: Bill; request: ServiceRequest | null }> {
    const bill = (await work.em.findOne(Bill, { number: billNumber.trim(), accountId })) ?? refuse('BILL_NOT_FOUND');
    const outcome = await this.settle(work, bill.number, bill.amountHalalas, 'DEV', null, clientAddress);
    if (outcome === 'ALREADY_PAID') refuse('BILL_ALREADY_PAID');
    if (outcome !== 'PAID') refuse('BILL_EXPIRED');
    return {
      bill: await work.em.findOneOrFail(Bill, bill.number, { refresh: true }),
      request: await work.em.findOne(ServiceRequest, bill.requestId, { refresh: true }),
    };
  }

  /** A page of an account's bills, newest first (read model: plain rows, one statement). */
  async mine(work: UnitOfWork, accountId: string, status: BillStatus | null, page: PageRequest<BillPosition>): Promise<Bill[]> {
    await this.deps.eservices.closeOverdue(work, accountId);
    return this.reads.page(work.em, accountId, status, this.deps.clock.now(), page);
  }

  /** Bills by the requests they are for, for batched look-ups. */
  async byRequestIds(em: EntityManager, requestIds: readonly string[]): Promise<Bill[]> {
    const found = await this.bills.many(em, requestIds, async (missing) => {
      const read = await this.reads.byRequestIds(em, missing);
      return new Map(missing.map((id) => [id, Object.freeze(read.find((bill) => bill.requestId === id)) ?? null]));
    });
    return [...found.values()].filter((bill): bill is Bill => bill !== null);
  }

  /** The caller's bills among `numbers` (what `node(id:)` may show them). */
  async mineByNumbers(work: UnitOfWork, accountId: string, numbers: readonly string[]): Promise<(Bill | null)[]> {
    const found = await this.reads.byNumbers(work.em, numbers);
    return numbers.map((n) => found.find((b) => b.number === n && b.accountId === accountId) ?? null);
  }

  /** SADAD-style bill number: the biller code (090, this portal) and 10 random digits. */
  private async newBillNumber(em: EntityManager): Promise<string> {
    for (;;) {
      const number = `090${this.deps.random.digits(10)}`;
      if (!(await em.count(Bill, { number }))) return number;
    }
  }

  /** A verified gateway notice. */
  async callback(work: UnitOfWork, notice: SadadNotice): Promise<SettleOutcome> {
    return this.settle(work, notice.billNumber, notice.amountHalalas, 'SADAD', notice.transactionId, null);
  }

  private async settle(work: UnitOfWork, billNumber: string, amountHalalas: number, channel: PaymentChannel, transactionId: string | null, clientAddress: string | null): Promise<SettleOutcome> {
    const now = this.deps.clock.now();
    try {
      return await work.transaction(async (tx) => {
        const bill = await tx.em.findOne(Bill, billNumber);
        if (!bill) return 'NOT_FOUND';
        if (bill.amountHalalas !== amountHalalas) return 'AMOUNT_MISMATCH';
        const paid = await tx.em.nativeUpdate(
          Bill,
          { number: bill.number, status: BillStatus.UNPAID, dueAt: { $gte: now } },
          { status: BillStatus.PAID, paidAt: now, paymentChannel: channel, paymentReference: transactionId },
        );
        if (paid) this.bills.changed(tx, [bill.requestId]);
        else {
          const current = await tx.em.findOneOrFail(Bill, bill.number, { refresh: true });
          // A refunded bill was paid too: a notice for it is one more replay.
          return current.status === BillStatus.PAID || current.status === BillStatus.REFUNDED ? 'ALREADY_PAID' : 'NOT_PAYABLE';
        }
        const request = bill.reference ? null : await tx.em.findOneOrFail(ServiceRequest, bill.requestId);
        const account = await tx.em.findOneOrFail(Account, bill.accountId);
        const reference = request?.reference ?? bill.reference!;
        audit(tx.em, { type: AuditEventType.BILL_PAID, accountId: account.id, clientAddress, at: now, detail: { bill: bill.number, halalas: bill.amountHalalas, channel } });
        await this.deps.notifier.notify(tx, account, {
          kind: NotificationKind.BILL_PAID,
          title: paymentTexts.billPaid.title,
          body: paymentTexts.billPaid.body,
          params: { bill: bill.number, amount: riyals(bill.amountHalalas) },
          link: request ? `/requests/${request.reference}` : bill.link,
          reference,
          // The outcome (completed or refused) follows in its own SMS; one is enough.
          sms: false,
          at: now,
        });
        if (request) await this.deps.eservices.completePaid(tx, request, now);
        else await tx.publish(new BillPaid(bill, now));
        return 'PAID';
      });
    } catch (error) {
      // The same gateway transaction presented for another bill: refused, nothing changed.
      if (error instanceof UniqueConstraintViolationException) return 'DUPLICATE_TRANSACTION';
      throw error;
    }
  }
}
