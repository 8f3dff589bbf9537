import type { Logger } from 'pino';
import type { RequestHooks } from './request-hooks';

/**
 * One debug line per GraphQL operation: request id, operation name, duration and the codes of
 * any errors. Never the variables or the document, which hold passwords and codes; the logger's
 * redaction would censor them anyway (server/shared/logger.ts). Off at the default `info` level:
 * the level is the configuration's (LOG_LEVEL), fixed at start, so below `debug` requests do not
 * even pass through here.
 */
export function requestLog(log: Logger): RequestHooks {
  if (!log.isLevelEnabled('debug')) return {};
  return {
    willSendResponse({ operationName, response, errors, contextValue }) {
      log.debug(
        {
          requestId: contextValue.requestId,
          operation: operationName ?? null,
          status: response.http.status ?? 200,
          ms: Math.round(performance.now() - contextValue.receivedAt),
          errors: errors?.map((e) => String(e.extensions?.code ?? 'UNKNOWN')),
          signedIn: !!contextValue.actor,
        },
        'graphql operation',
      );
    },
  };
}
