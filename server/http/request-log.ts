import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { Context } from '../shared/context';

/**
 * One debug line per GraphQL operation: request id, operation name, duration and the codes of
 * any errors. Never the variables or the document, which hold passwords and codes; the logger's
 * redaction would censor them anyway (server/shared/logger.ts). Off at the default `info` level.
 */
export function requestLogPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      if (!log.isLevelEnabled('debug')) return;
      const started = performance.now();
      return {
        async willSendResponse({ operationName, response, errors }) {
          log.debug(
            {
              requestId: contextValue.requestId,
              operation: operationName ?? null,
              status: response.http.status ?? 200,
              ms: Math.round(performance.now() - started),
              errors: errors?.map((e) => String(e.extensions?.code ?? 'UNKNOWN')),
              signedIn: !!contextValue.actor,
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
