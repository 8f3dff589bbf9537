import type { Deps } from '../../shared/module';
import type { UnitOfWork } from '../../shared/unit-of-work';
import { ServiceCode } from '../catalogue';
import { NotificationKind } from '../notifications';
import { DisputeStatus, Violation } from '../registry';
import { RequestStatus, ServiceRequest } from '../requests';
import { DisputeErrors } from './disputes.errors';
import { disputeTexts } from './disputes.texts';
import { DisputeOutcome } from './disputes.types';

/** A decision of the traffic department on the dispute opened by request `reference` of violation `violationNumber`. */
export interface DisputeDecision {
  reference: string;
  violationNumber: string;
  outcome: DisputeOutcome;
}

/**
 * What a decision did. Only DECIDED changed anything; ALREADY_DECIDED is the same decision again
 * (a retry: nothing more happens), CONFLICT a different decision on a dispute already decided (refused).
 */
export type DecisionResult = 'DECIDED' | 'ALREADY_DECIDED' | 'CONFLICT' | 'NOT_FOUND';

/** What a second look at a dispute that was not open tells about a decision on it. */
export function laterDecision(current: DisputeStatus, outcome: DisputeOutcome): DecisionResult {
  if (current === DisputeStatus.NONE || current === DisputeStatus.OPEN) return 'NOT_FOUND';
  return (current as string) === outcome ? 'ALREADY_DECIDED' : 'CONFLICT';
}

const refuse = (code: keyof typeof DisputeErrors.messages, violationNumber: string): never => DisputeErrors.refuse('violationNumber', code, { violationNumber });

/**
 * Disputes are decided here, by the traffic department's signed callback or, in development, by
 * the development button. Deciding is one conditional update (`dispute_status = OPEN`) inside the
 * transaction that also records the result on the dispute request and tells the person: a repeated
 * or concurrent decision finds the dispute no longer open and changes nothing.
 */
export class DisputesService {
  constructor(private readonly deps: Deps<'clock' | 'eservices'>) {}

  async decide(work: UnitOfWork, decision: DisputeDecision): Promise<DecisionResult> {
    const now = this.deps.clock.now();
    return work.transaction(async (tx) => {
      const request = await tx.em.findOne(ServiceRequest, { reference: decision.reference, serviceCode: ServiceCode.DISPUTE_VIOLATION, status: RequestStatus.COMPLETED });
      const number = request?.input.violationNumber;
      if (!request || number !== decision.violationNumber) return 'NOT_FOUND';
      const decided = await tx.em.nativeUpdate(Violation, { number, disputeStatus: DisputeStatus.OPEN }, { disputeStatus: decision.outcome as string as DisputeStatus, disputeDecidedAt: now });
      if (!decided) {
        const violation = await tx.em.findOne(Violation, number, { refresh: true });
        return violation ? laterDecision(violation.disputeStatus, decision.outcome) : 'NOT_FOUND';
      }
      request.result = { ...request.result, disputeStatus: decision.outcome };
      await this.deps.eservices.tell(tx, NotificationKind.VIOLATION, disputeTexts[decision.outcome], request, now, { violationNumber: number });
      return 'DECIDED';
    });
  }

  /** The development button: the caller's own open dispute of a violation, decided at once. */
  async decideDev(work: UnitOfWork, accountId: string, violationNumber: string, outcome: DisputeOutcome): Promise<{ violation: Violation; request: ServiceRequest }> {
    // Only disputes the caller opened: someone else's (even on the caller's car) is not found.
    const mine = await work.em.find(
      ServiceRequest,
      { applicantAccountId: accountId, serviceCode: ServiceCode.DISPUTE_VIOLATION, status: RequestStatus.COMPLETED },
      { orderBy: { submittedAt: 'desc' } },
    );
    const request = mine.find((r) => r.input.violationNumber === violationNumber) ?? refuse('DISPUTE_NOT_FOUND', violationNumber);
    const result = await this.decide(work, { reference: request.reference, violationNumber, outcome });
    if (result === 'NOT_FOUND') refuse('DISPUTE_NOT_FOUND', violationNumber);
    if (result !== 'DECIDED') refuse('DISPUTE_ALREADY_DECIDED', violationNumber);
    return {
      violation: await work.em.findOneOrFail(Violation, violationNumber, { refresh: true }),
      request: await work.em.findOneOrFail(ServiceRequest, request.id, { refresh: true }),
    };
  }
}
