import type { RateLimits } from './rate-limits';

export { security } from './security.module';
export { RateLimits, rateLimitedError } from './rate-limits';
export type { Budget } from './rate-limits';
export type { RateLimitName } from './rate-limit-policy';
export { RATE_LIMIT_DEFAULTS } from './rate-limit-policy';

declare module '../../shared/module' {
  interface Registry {
    rateLimits: RateLimits;
  }
}
