import type {
  ApolloServerPlugin,
  GraphQLRequestContext,
  GraphQLRequestContextDidEncounterErrors,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from '@apollo/server';
import type { Context } from '../shared/context';

/**
 * What one concern of every GraphQL request (access, cost, errors, metrics…) does at the stages it
 * cares about: plain methods, given the request's context, synchronous unless they have to wait.
 */
export interface RequestHooks {
  requestDidStart?(request: GraphQLRequestContext<Context>): void;
  didResolveOperation?(request: GraphQLRequestContextDidResolveOperation<Context>): void | Promise<void>;
  didEncounterErrors?(request: GraphQLRequestContextDidEncounterErrors<Context>): void | Promise<void>;
  willSendResponse?(request: GraphQLRequestContextWillSendResponse<Context>): void | Promise<void>;
}

type Stage = Exclude<keyof RequestHooks, 'requestDidStart'>;

/**
 * The request concerns as one Apollo plugin whose one listener serves every request. Apollo fans
 * each stage out over every plugin's listener (a `Promise.all`, a promise per listener, whether it
 * has the hook or not, and a fresh listener per plugin per request): with eight plugins that was a
 * fifth of what a `{ __typename }` request allocated. Here a stage calls, in the order given, only
 * the concerns that have it, and waits only on those that return a promise. A concern that throws
 * ends its stage: a request refused at `didResolveOperation` spends nothing in the concerns after.
 */
export function requestPlugin(concerns: readonly RequestHooks[]): ApolloServerPlugin<Context> {
  const stage = <S extends Stage>(name: S) => {
    const hooks = concerns.filter((c) => c[name]).map((c) => (c[name] as (r: Parameters<NonNullable<RequestHooks[S]>>[0]) => void | Promise<void>).bind(c));
    if (!hooks.length) return undefined;
    // From concern `from` on: synchronously while each returns nothing, a promise from the first
    // that has to wait (Apollo takes either), so a stage no concern waits in allocates no promise.
    const run = (request: Parameters<NonNullable<RequestHooks[S]>>[0], from: number): void | Promise<void> => {
      for (let i = from; i < hooks.length; i++) {
        const waiting = hooks[i](request);
        if (waiting) return waiting.then(() => run(request, i + 1));
      }
    };
    return (request: Parameters<NonNullable<RequestHooks[S]>>[0]) => run(request, 0);
  };
  // Apollo's types ask each listener for a promise; its pipeline awaits them through `Promise.all`,
  // which takes a plain value as well.
  const listener = {
    didResolveOperation: stage('didResolveOperation'),
    didEncounterErrors: stage('didEncounterErrors'),
    willSendResponse: stage('willSendResponse'),
  } as GraphQLRequestListener<Context>;
  const starting = concerns.filter((c) => c.requestDidStart);
  return {
    async requestDidStart(request) {
      for (const concern of starting) concern.requestDidStart!(request);
      return listener;
    },
  };
}
