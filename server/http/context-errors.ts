import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';

/**
 * Building a request's context reads the database (the session, the account). If that fails,
 * Apollo would answer 500 with the driver's message — SQL with its values — as the error text.
 * Instead the client gets a reference and 503 (try again shortly), and the cause is logged under
 * that reference, scrubbed by the logger.
 */
export function maskContextFailures<T>(log: Logger, build: (request: FastifyRequest, reply: FastifyReply) => Promise<T>) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<T> => {
    try {
      return await build(request, reply);
    } catch (error) {
      const requestId = String(request.id);
      const cause = error instanceof Error ? error : new Error(String(error));
      log.error({ requestId, err: { message: cause.message, stack: cause.stack } }, 'context creation failed');
      throw new GraphQLError(`Internal error; reference ${requestId} / خطأ داخلي؛ المرجع ${requestId}`, {
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, retryAfter: 5, http: { status: 503, headers: new Map([['retry-after', '5']]) } },
      });
    }
  };
}
