import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../shared/module';
import { registerSignedCallbackRoute } from '../../shared/signed-callback';
import type { StepResult } from './card-delivery.service';
import { CARRIER_STEPS, type CarrierStep } from './delivery-rules';

/** The header names of the postal carrier's signed callback. */
export const DELIVERY_TIMESTAMP_HEADER = 'x-post-timestamp';
export const DELIVERY_SIGNATURE_HEADER = 'x-post-signature';
export const DELIVERY_TRACKING_PATH = '/agency/post/card-deliveries';

const STATUS: Record<StepResult, number> = { RECORDED: 200, ALREADY_RECORDED: 200, OUT_OF_ORDER: 409, NOT_FOUND: 404 };

function parseStep(body: Record<string, unknown>): { trackingNumber: string; status: CarrierStep } | null {
  const { trackingNumber, status } = body;
  if (typeof trackingNumber !== 'string' || !/^CD\d{10}$/.test(trackingNumber)) return null;
  if (!CARRIER_STEPS.includes(status as CarrierStep)) return null;
  return { trackingNumber, status: status as CarrierStep };
}

/**
 * `POST /agency/post/card-deliveries`: the postal carrier's tracking step of a card delivery, JSON
 * `{ trackingNumber, status: "PRINTED" | "OUT_FOR_DELIVERY" | "DELIVERED" }`, signed like the
 * payment gateway's callback (shared/signed-callback.ts) with headers `x-post-timestamp` and
 * `x-post-signature: sha256=<hex>` under one of DELIVERY_CALLBACK_SECRETS. Answers 200 RECORDED,
 * 200 ALREADY_RECORDED (a replay, or a step already passed: stop retrying), 409 OUT_OF_ORDER (a step
 * skipped, or before payment), 404 NOT_FOUND, 401 BAD_SIGNATURE, 400 MALFORMED. See docs/card-delivery.md.
 */
export async function registerDeliveryRoute(http: FastifyInstance, { cardDeliveries, work, log, clock, config }: Deps<'cardDeliveries' | 'work' | 'log' | 'clock' | 'config'>): Promise<void> {
  await registerSignedCallbackRoute(http, {
    path: DELIVERY_TRACKING_PATH,
    label: 'card delivery callback',
    headers: { timestamp: DELIVERY_TIMESTAMP_HEADER, signature: DELIVERY_SIGNATURE_HEADER },
    secrets: config.deliveryCallbackSecrets,
    clock,
    log,
    parse: parseStep,
    async handle(step) {
      const result = await cardDeliveries.step(work.begin(), step.trackingNumber, step.status);
      const fields = { route: 'agency/post/card-deliveries', trackingNumber: step.trackingNumber, step: step.status, result };
      if (result === 'RECORDED') log.info(fields, 'card delivery step recorded');
      else log.warn(fields, 'card delivery callback changed nothing');
      return { code: STATUS[result], status: result };
    },
  });
}
