import type { FeeItem } from './rules/facts';
import type { ServiceRequest } from './service-request.entity';

/**
 * A submitted request has a fee: whoever takes payments issues its bill, in the submission's
 * transaction (a request never waits for a bill that does not exist).
 */
export class PaymentRequired {
  constructor(
    readonly request: ServiceRequest,
    readonly applicantAccountId: string,
    readonly items: readonly FeeItem[],
    readonly amountHalalas: number,
    readonly payBy: Date,
  ) {}
}

/**
 * A request awaiting payment is about to close unpaid (cancelled by the applicant, or its time to
 * pay ran out): its bill must stop being payable, in the same transaction. When the payment went
 * through meanwhile, the handler throws `AlreadyPaid` and the request stays as it is.
 */
export class PaymentWithdrawn {
  constructor(readonly request: ServiceRequest) {}
}

/**
 * A paid request's money is owed back, recorded in the same transaction: it was REJECTED when its
 * bill was paid (a rule stopped holding), or CANCELLED afterwards where its rules allow (an exit
 * re-entry visa cancelled before use).
 */
export class RefundDue {
  constructor(
    readonly request: ServiceRequest,
    readonly because: 'REJECTED' | 'CANCELLED' = 'REJECTED',
  ) {}
}

/** Raised by a `PaymentWithdrawn` handler when the bill was paid first: a payment landing at the same moment wins. */
export class AlreadyPaid extends Error {
  constructor(readonly requestId: string) {
    super(`the bill of request ${requestId} was paid`);
  }
}
