import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../shared/module';
import { registerSignedCallbackRoute } from '../../shared/signed-callback';
import { SADAD_SIGNATURE_HEADER, SADAD_TIMESTAMP_HEADER, SadadNotice, SettleOutcome } from './payments.service';

const STATUS: Record<SettleOutcome, number> = {
  PAID: 200,
  ALREADY_PAID: 200,
  NOT_FOUND: 404,
  NOT_PAYABLE: 409,
  AMOUNT_MISMATCH: 409,
  DUPLICATE_TRANSACTION: 409,
};

function parseNotice(body: Record<string, unknown>): SadadNotice | null {
  const { billNumber, amountHalalas, transactionId } = body;
  if (typeof billNumber !== 'string' || !/^\d{6,20}$/.test(billNumber)) return null;
  if (typeof amountHalalas !== 'number' || !Number.isSafeInteger(amountHalalas) || amountHalalas <= 0) return null;
  if (typeof transactionId !== 'string' || !/^[\w-]{1,64}$/.test(transactionId)) return null;
  return { billNumber, amountHalalas, transactionId };
}

/**
 * `POST /payments/sadad`: the payment gateway's notice that a bill was paid, JSON
 * `{ billNumber, amountHalalas, transactionId }`, signed with HMAC-SHA256 over `timestamp.body`
 * (headers `x-sadad-timestamp`, `x-sadad-signature: sha256=<hex>`; see shared/signed-callback.ts).
 * Answers 200 for paid and already paid (so the gateway stops retrying), 401 for a bad signature,
 * 400 for a malformed body, 404 / 409 otherwise.
 */
export async function registerSadadRoute(http: FastifyInstance, { payments, work, log, clock, config }: Deps<'payments' | 'work' | 'log' | 'clock' | 'config'>): Promise<void> {
  await registerSignedCallbackRoute(http, {
    path: '/payments/sadad',
    label: 'payment callback',
    headers: { timestamp: SADAD_TIMESTAMP_HEADER, signature: SADAD_SIGNATURE_HEADER },
    secrets: config.paymentCallbackSecret ? [config.paymentCallbackSecret] : [],
    clock,
    log,
    parse: parseNotice,
    async handle(notice) {
      const outcome = await payments.callback(work.begin(), notice);
      if (outcome !== 'PAID') log.warn({ route: 'payments/sadad', bill: notice.billNumber, transactionId: notice.transactionId, outcome }, 'payment callback changed nothing');
      else log.info({ route: 'payments/sadad', bill: notice.billNumber, transactionId: notice.transactionId }, 'bill paid');
      return { code: STATUS[outcome], status: outcome };
    },
  });
}
