import { ConfigError } from '../../config';
import { defineModule } from '../../shared/module';
import { rateLimitPolicy } from './rate-limit-policy';
import { RateLimits } from './rate-limits';

/**
 * Abuse limits: counters per client address, number or account, in this process or in Redis when
 * instances share one. Operations name the buckets they spend (`@Access(…, { spends })`); services
 * spend the rest themselves.
 */
export const security = defineModule({
  name: 'security',
  needs: ['config', 'bus'],
  provide: ({ config, bus }) => {
    const { policy, problems } = rateLimitPolicy(config.rateLimits);
    if (problems.length) throw new ConfigError(`Invalid configuration:\n- ${problems.join('\n- ')}`);
    return { rateLimits: new RateLimits(policy, bus.redis ? { kind: 'redis', client: bus.redis } : { kind: 'memory' }) };
  },
});
