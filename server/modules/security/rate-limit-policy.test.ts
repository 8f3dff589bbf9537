import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { RATE_LIMIT_DEFAULTS, rateLimitPolicy } from './rate-limit-policy';

const policyOf = (raw?: string) => rateLimitPolicy(loadConfig({ NODE_ENV: 'test', ...(raw === undefined ? {} : { RATE_LIMITS: raw }) }).rateLimits);

describe('rate-limit policy', () => {
  it('keeps the defaults when nothing is set', () => {
    expect(policyOf(undefined)).toEqual({ policy: RATE_LIMIT_DEFAULTS, problems: [] });
    expect(policyOf(' ')).toEqual({ policy: RATE_LIMIT_DEFAULTS, problems: [] });
  });

  it('overrides the named limits only', () => {
    const { policy, problems } = policyOf('sms-number=5/3600, login-address=200/900');
    expect(problems).toEqual([]);
    expect(policy['sms-number']).toEqual({ points: 5, seconds: 3600 });
    expect(policy['login-address']).toEqual({ points: 200, seconds: 900 });
    expect(policy['sms-address']).toEqual(RATE_LIMIT_DEFAULTS['sms-address']);
  });

  it('lists an unknown name with the names there are', () => {
    const { problems } = policyOf('nope=1/1');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/"nope" is not a limit; the limits are login-address, /);
  });

  it('refuses every malformed entry when the configuration is read', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', RATE_LIMITS: 'sms-number=0/60,sms-address=5,login-address=x/y' })).toThrow(/sms-number=0\/60[\s\S]*sms-address=5[\s\S]*login-address=x\/y/);
  });
});
