import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../shared/module';
import { registerSignedCallbackRoute } from '../../shared/signed-callback';
import type { DecisionResult, DisputeDecision } from './disputes.service';
import { DisputeOutcome } from './disputes.types';

/** The header names of the traffic department's signed callback. */
export const AGENCY_TIMESTAMP_HEADER = 'x-agency-timestamp';
export const AGENCY_SIGNATURE_HEADER = 'x-agency-signature';
export const DISPUTE_DECISION_PATH = '/agency/traffic/dispute-decisions';

const STATUS: Record<DecisionResult, number> = { DECIDED: 200, ALREADY_DECIDED: 200, CONFLICT: 409, NOT_FOUND: 404 };

function parseDecision(body: Record<string, unknown>): DisputeDecision | null {
  const { reference, violationNumber, outcome } = body;
  if (typeof reference !== 'string' || !/^R-\d{4}-\d{8}$/.test(reference)) return null;
  if (typeof violationNumber !== 'string' || !/^[\w-]{1,20}$/.test(violationNumber)) return null;
  if (outcome !== DisputeOutcome.UPHELD && outcome !== DisputeOutcome.DISMISSED) return null;
  return { reference, violationNumber, outcome };
}

/**
 * `POST /agency/traffic/dispute-decisions`: the traffic department's decision on a dispute, JSON
 * `{ reference, violationNumber, outcome: "UPHELD" | "DISMISSED" }`, signed like the payment
 * gateway's callback (shared/signed-callback.ts) with headers `x-agency-timestamp` and
 * `x-agency-signature: sha256=<hex>`. Answers 200 DECIDED, 200 ALREADY_DECIDED (the same decision
 * again: so the department stops retrying), 409 CONFLICT (another decision was recorded first),
 * 404 NOT_FOUND, 401 BAD_SIGNATURE, 400 MALFORMED. See docs/agency-callbacks.md.
 */
export async function registerAgencyRoute(http: FastifyInstance, { disputes, work, log, clock, config }: Deps<'disputes' | 'work' | 'log' | 'clock' | 'config'>): Promise<void> {
  await registerSignedCallbackRoute(http, {
    path: DISPUTE_DECISION_PATH,
    label: 'dispute decision callback',
    headers: { timestamp: AGENCY_TIMESTAMP_HEADER, signature: AGENCY_SIGNATURE_HEADER },
    secrets: config.agencyCallbackSecrets,
    clock,
    log,
    parse: parseDecision,
    async handle(decision) {
      const result = await disputes.decide(work.begin(), decision);
      const fields = { route: 'agency/traffic/dispute-decisions', reference: decision.reference, outcome: decision.outcome, result };
      if (result === 'DECIDED') log.info(fields, 'dispute decided');
      else log.warn(fields, 'dispute decision changed nothing');
      return { code: STATUS[result], status: result };
    },
  });
}
