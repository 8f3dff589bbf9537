import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Services } from '../../context';
import { PaymentsService, SADAD_SIGNATURE_HEADER, SADAD_TIMESTAMP_HEADER, SadadNotice, SettleOutcome } from './payments.service';

const STATUS: Record<SettleOutcome, number> = {
  PAID: 200,
  ALREADY_PAID: 200,
  NOT_FOUND: 404,
  NOT_PAYABLE: 409,
  AMOUNT_MISMATCH: 409,
  DUPLICATE_TRANSACTION: 409,
};

function parseNotice(raw: string): SadadNotice | null {
  try {
    const body = JSON.parse(raw) as Record<string, unknown>;
    const { billNumber, amountHalalas, transactionId } = body;
    if (typeof billNumber !== 'string' || !/^\d{6,20}$/.test(billNumber)) return null;
    if (typeof amountHalalas !== 'number' || !Number.isSafeInteger(amountHalalas) || amountHalalas <= 0) return null;
    if (typeof transactionId !== 'string' || !/^[\w-]{1,64}$/.test(transactionId)) return null;
    return { billNumber, amountHalalas, transactionId };
  } catch {
    return null;
  }
}

/**
 * `POST /payments/sadad`: the payment gateway's notice that a bill was paid, JSON
 * `{ billNumber, amountHalalas, transactionId }`, signed with HMAC-SHA256 over `timestamp.body`
 * (headers `x-sadad-timestamp`, `x-sadad-signature: sha256=<hex>`). The body is read raw so the
 * signature is checked over exactly the bytes sent. Answers 200 for paid and already paid (so the
 * gateway stops retrying), 401 for a bad signature, 400 for a malformed body, 404 / 409 otherwise.
 */
export async function registerSadadRoute(http: FastifyInstance, services: Services & { payments: PaymentsService }, log: Logger): Promise<void> {
  await http.register(async (scope) => {
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 16 * 1024 }, (_req, body, done) => done(null, body));
    scope.post('/payments/sadad', async (request, reply) => {
      const raw = typeof request.body === 'string' ? request.body : '';
      const timestamp = request.headers[SADAD_TIMESTAMP_HEADER];
      const signature = request.headers[SADAD_SIGNATURE_HEADER];
      if (!services.payments.verifyCallback(raw, typeof timestamp === 'string' ? timestamp : undefined, typeof signature === 'string' ? signature : undefined)) {
        log.warn({ route: 'payments/sadad', clientAddress: request.ip }, 'payment callback refused: bad or missing signature');
        return reply.code(401).send({ status: 'BAD_SIGNATURE' });
      }
      const notice = parseNotice(raw);
      if (!notice) {
        log.warn({ route: 'payments/sadad' }, 'payment callback refused: malformed body');
        return reply.code(400).send({ status: 'MALFORMED' });
      }
      const outcome = await services.payments.callback(services.orm.em.fork(), notice);
      if (outcome !== 'PAID') log.warn({ route: 'payments/sadad', bill: notice.billNumber, transactionId: notice.transactionId, outcome }, 'payment callback changed nothing');
      else log.info({ route: 'payments/sadad', bill: notice.billNumber, transactionId: notice.transactionId }, 'bill paid');
      return reply.code(STATUS[outcome]).send({ status: outcome });
    });
  });
}
