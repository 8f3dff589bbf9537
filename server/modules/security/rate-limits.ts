import type { GraphQLError } from 'graphql';
import type { Redis } from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode, requestError } from '../../shared/errors';
import { Language } from '../../shared/i18n';
import type { RateLimitName, RateLimitPolicy } from './rate-limit-policy';

/** What is left of a budget (a limit counted in points rather than calls) and when it fills again. */
export interface Budget {
  remaining: number;
  resetAt: Date;
}

/** Where counters live: this process (one instance), or Redis shared by every instance. */
export type RateLimitStore = { kind: 'memory' } | { kind: 'redis'; client: Redis };

/** Raised when a limit is reached; becomes a `RATE_LIMITED` GraphQL error in the caller's language. */
export function rateLimitedError(lang: Language, retryAfterSeconds: number): GraphQLError {
  return requestError(ErrorCode.RATE_LIMITED, lang, { retryAfter: retryAfterSeconds }, { retryAfter: retryAfterSeconds });
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

  /** Whether `name` is one of the limits (operations declare the buckets they spend by name). */
  has(name: string): name is RateLimitName {
    return Object.prototype.hasOwnProperty.call(this.policy, name);
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

  /** What `key` has left of the budget `name`, without spending any. */
  async budget(name: RateLimitName, key: string): Promise<Budget> {
    const state = await this.limiters[name].get(key);
    const { points, seconds } = this.policy[name];
    if (!state) return { remaining: points, resetAt: new Date(Date.now() + seconds * 1000) };
    return { remaining: Math.max(0, points - state.consumedPoints), resetAt: new Date(Date.now() + state.msBeforeNext) };
  }

  /**
   * Spends `points` of the budget `name` for `key`: what is left, or, when not enough is left,
   * `refused` with the seconds until it fills again; a refused spend is given back, so what was
   * left can still pay for something smaller.
   */
  async spend(name: RateLimitName, key: string, points: number): Promise<(Budget & { refused: false }) | (Budget & { refused: true; retryAfter: number })> {
    try {
      const state = await this.limiters[name].consume(key, points);
      return { refused: false, remaining: Math.max(0, state.remainingPoints), resetAt: new Date(Date.now() + state.msBeforeNext) };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      await this.limiters[name].reward(key, points);
      const remaining = Math.max(0, this.policy[name].points - (rejection.consumedPoints - points));
      return { refused: true, remaining, resetAt: new Date(Date.now() + rejection.msBeforeNext), retryAfter: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
  }

  /** One SMS to `to`, asked for from `clientAddress`: counts against both caps. */
  async sms(to: string, clientAddress: string, lang: Language): Promise<void> {
    await this.consume('sms-address', clientAddress, lang);
    await this.consume('sms-number', to, lang);
  }
}
