import { describe, expect, it } from 'vitest';
import { parseRateLimits, RATE_LIMIT_DEFAULTS } from './rate-limit-policy';

describe('parseRateLimits', () => {
  it('keeps the defaults when nothing is set', () => {
    expect(parseRateLimits(undefined)).toEqual({ policy: RATE_LIMIT_DEFAULTS, problems: [] });
    expect(parseRateLimits(' ')).toEqual({ policy: RATE_LIMIT_DEFAULTS, problems: [] });
  });

  it('overrides the named limits only', () => {
    const { policy, problems } = parseRateLimits('sms-number=5/3600, login-address=200/900');
    expect(problems).toEqual([]);
    expect(policy['sms-number']).toEqual({ points: 5, seconds: 3600 });
    expect(policy['login-address']).toEqual({ points: 200, seconds: 900 });
    expect(policy['sms-address']).toEqual(RATE_LIMIT_DEFAULTS['sms-address']);
  });

  it('lists every malformed or unknown entry', () => {
    const { problems } = parseRateLimits('nope=1/1,sms-number=0/60,sms-address=5,login-address=x/y');
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/"nope=1\/1"/);
  });
});
