import { timingSafeEqual } from 'node:crypto';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { Clock } from '../../shared/clock';
import { hmac } from '../../shared/crypto';
import { UserInputError } from '../../shared/errors';
import { audit } from '../audit/audit';
import { AuditEventType } from '../audit/audit-event.entity';
import { Account } from '../identity/account.entity';
import { NotificationKind } from '../notifications/notification-kind';
import type { Notifier } from '../notifications/notifier';
import { notify } from '../notifications/notify';
import type { EServices } from '../requests/requests.service';
import { ServiceRequest } from '../requests/service-request.entity';
import { Bill, BillStatus } from './bill.entity';
import { riyals } from './money';
import { paymentMessages } from './payments.errors';

export type PaymentChannel = 'DEV' | 'SADAD';

/** What happened to a payment notice. Only PAID moved money; every other outcome changed nothing. */
export type SettleOutcome = 'PAID' | 'ALREADY_PAID' | 'NOT_FOUND' | 'NOT_PAYABLE' | 'AMOUNT_MISMATCH' | 'DUPLICATE_TRANSACTION';

const refuse = (code: keyof typeof paymentMessages): never => {
  throw new UserInputError([{ field: 'billNumber', code }]);
};

/** The header names of the gateway's signed callback. */
export const SADAD_SIGNATURE_HEADER = 'x-sadad-signature';
export const SADAD_TIMESTAMP_HEADER = 'x-sadad-timestamp';
/** A callback signed longer ago than this is refused (a captured one cannot be replayed later). */
export const CALLBACK_MAX_AGE_SECONDS = 300;

/** HMAC-SHA256 (hex) of `timestamp.body` with the callback secret: what `x-sadad-signature` carries after `sha256=`. */
export function signCallback(secret: string, timestamp: string, body: string): string {
  return Buffer.from(hmac(secret, `${timestamp}.${body}`), 'base64url').toString('hex');
}

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
  constructor(
    private readonly config: Config,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly eservices: EServices,
    private readonly log: Logger,
  ) {}

  /** The development payment button: the caller's own bill, paid in full. */
  async payDev(em: EntityManager, account: Account, billNumber: string, clientAddress: string | null): Promise<Bill> {
    const bill = (await em.findOne(Bill, { number: billNumber.trim(), accountId: account.id })) ?? refuse('BILL_NOT_FOUND');
    const outcome = await this.settle(em, bill.number, bill.amountHalalas, 'DEV', null, clientAddress);
    if (outcome === 'ALREADY_PAID') refuse('BILL_ALREADY_PAID');
    if (outcome !== 'PAID') refuse('BILL_EXPIRED');
    return em.findOneOrFail(Bill, bill.number, { refresh: true });
  }

  /** Checks a callback's signature and age; false means: refuse, change nothing. */
  verifyCallback(rawBody: string, timestamp: string | undefined, signature: string | undefined): boolean {
    const secret = this.config.paymentCallbackSecret;
    if (!secret || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
    const age = Math.abs(this.clock.now().getTime() / 1000 - Number(timestamp));
    if (age > CALLBACK_MAX_AGE_SECONDS) return false;
    const expected = Buffer.from(`sha256=${signCallback(secret, timestamp, rawBody)}`);
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** A verified gateway notice. */
  async callback(em: EntityManager, notice: SadadNotice): Promise<SettleOutcome> {
    return this.settle(em, notice.billNumber, notice.amountHalalas, 'SADAD', notice.transactionId, null);
  }

  private async settle(em: EntityManager, billNumber: string, amountHalalas: number, channel: PaymentChannel, transactionId: string | null, clientAddress: string | null): Promise<SettleOutcome> {
    const now = this.clock.now();
    try {
      return await this.notifier.transaction(em, async (tx, out) => {
        const bill = await tx.findOne(Bill, billNumber);
        if (!bill) return 'NOT_FOUND';
        if (bill.amountHalalas !== amountHalalas) return 'AMOUNT_MISMATCH';
        const paid = await tx.nativeUpdate(
          Bill,
          { number: bill.number, status: BillStatus.UNPAID, dueAt: { $gte: now } },
          { status: BillStatus.PAID, paidAt: now, paymentChannel: channel, paymentReference: transactionId },
        );
        if (!paid) {
          const current = await tx.findOneOrFail(Bill, bill.number, { refresh: true });
          return current.status === BillStatus.PAID ? 'ALREADY_PAID' : 'NOT_PAYABLE';
        }
        const request = await tx.findOneOrFail(ServiceRequest, bill.requestId);
        const account = await tx.findOneOrFail(Account, bill.accountId);
        audit(tx, { type: AuditEventType.BILL_PAID, accountId: account.id, clientAddress, at: now, detail: { bill: bill.number, halalas: bill.amountHalalas, channel } });
        notify(tx, out, account, {
          kind: NotificationKind.BILL_PAID,
          title: { ar: 'تم سداد الفاتورة', en: 'Bill paid' },
          body: { ar: 'استلمنا سداد الفاتورة رقم {bill} بمبلغ {amount} ريال.', en: 'We received payment of bill {bill}, SAR {amount}.' },
          params: { bill: bill.number, amount: riyals(bill.amountHalalas) },
          link: `/requests/${request.reference}`,
          reference: request.reference,
          // The outcome (completed or refused) follows in its own SMS; one is enough.
          sms: false,
          at: now,
        });
        await this.eservices.completePaid(tx, out, request, now);
        return 'PAID';
      });
    } catch (error) {
      // The same gateway transaction presented for another bill: refused, nothing changed.
      if (error instanceof UniqueConstraintViolationException) return 'DUPLICATE_TRANSACTION';
      throw error;
    }
  }
}
