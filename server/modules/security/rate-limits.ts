import type { ApolloServerPlugin } from '@apollo/server';
import { FragmentDefinitionNode, GraphQLError, Kind } from 'graphql';
import { rootFields } from '../../http/graphql-plugins';
import type { Redis } from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Context } from '../../context';
import { ErrorCode, requestError } from '../../shared/errors';
import { Language } from '../../shared/i18n';
import type { RateLimitName, RateLimitPolicy } from './rate-limit-policy';

/** Where counters live: this process (one instance), or Redis shared by every instance. */
export type RateLimitStore = { kind: 'memory' } | { kind: 'redis'; client: Redis };

/** Raised when a limit is reached; becomes a `RATE_LIMITED` GraphQL error in the caller's language. */
export function rateLimitedError(lang: Language, retryAfterSeconds: number): GraphQLError {
  return requestError(ErrorCode.RATE_LIMITED, lang, { seconds: retryAfterSeconds }, { retryAfter: retryAfterSeconds });
}

export class RateLimits {
  private readonly limiters: Record<RateLimitName, RateLimiterAbstract>;

  constructor(
    readonly policy: RateLimitPolicy,
    store: RateLimitStore = { kind: 'memory' },
  ) {
    const make = (name: RateLimitName): RateLimiterAbstract => {
      const options = { keyPrefix: `absher-rl:${name}`, points: policy[name].points, duration: policy[name].seconds };
      return store.kind === 'redis'
        ? // When Redis is unreachable the limits fall back to this process's memory rather than
          // refusing everyone or letting everything through.
          new RateLimiterRedis({ ...options, storeClient: store.client, insuranceLimiter: new RateLimiterMemory(options) })
        : new RateLimiterMemory(options);
    };
    this.limiters = Object.fromEntries(Object.keys(policy).map((name) => [name, make(name as RateLimitName)])) as Record<RateLimitName, RateLimiterAbstract>;
  }

  /** Takes one point for `key`; throws the RATE_LIMITED error when none is left. */
  async consume(name: RateLimitName, key: string, lang: Language): Promise<void> {
    try {
      await this.limiters[name].consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimitedError(lang, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }

  /** Throws RATE_LIMITED when `key` has no point left, without taking one. */
  async check(name: RateLimitName, key: string, lang: Language): Promise<void> {
    const state = await this.limiters[name].get(key);
    if (state && state.consumedPoints >= this.policy[name].points) throw rateLimitedError(lang, Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
  }

  /** One SMS to `to`, asked for from `clientAddress`: counts against both caps. */
  async sms(to: string, clientAddress: string, lang: Language): Promise<void> {
    await this.consume('sms-address', clientAddress, lang);
    await this.consume('sms-number', to, lang);
  }
}

/** Root fields limited per client address before they run; the rest are limited inside services. */
const PER_ADDRESS: Partial<Record<string, RateLimitName>> = {
  login: 'login-address',
  register: 'register-address',
  newCaptcha: 'captcha-address',
  resendCode: 'resend-address',
  requestPasswordReset: 'reset-address',
};

/**
 * Applies the per-address limits once per operation, before anything resolves, and gives limited
 * answers a `Retry-After` header as well as `extensions.retryAfter`.
 */
export function rateLimitPlugin(limits: RateLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          // Through fragments too: wrapping `login` in `... on Mutation { }` must not escape the limit.
          for (const field of rootFields(operation.selectionSet, fragments)) {
            const name = PER_ADDRESS[field.name.value];
            if (name) await limits.consume(name, contextValue.meta.clientAddress, contextValue.lang);
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const limited = response.body.singleResult.errors?.find((e) => e.extensions?.code === ErrorCode.RATE_LIMITED);
          if (limited) response.http.headers.set('retry-after', String(limited.extensions?.retryAfter ?? 60));
        },
      };
    },
  };
}
