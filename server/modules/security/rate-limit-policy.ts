/**
 * Every limit the portal applies, as points per window. Per client address limits are generous
 * because many honest people share one address behind mobile operators' NAT; per number and per
 * account limits are tight because they protect one person (SPEC §3).
 */
export const RATE_LIMIT_DEFAULTS = {
  /** Log-in attempts (first factor) from one address. */
  'login-address': { points: 100, seconds: 15 * 60 },
  /** Wrong passwords from one address, whichever accounts they were for (credential stuffing). */
  'login-failure-address': { points: 30, seconds: 15 * 60 },
  'register-address': { points: 20, seconds: 60 * 60 },
  'captcha-address': { points: 150, seconds: 15 * 60 },
  'resend-address': { points: 20, seconds: 60 * 60 },
  'reset-address': { points: 10, seconds: 60 * 60 },
  /** Current-password checks by a signed-in session (change password, re-authenticate): a stolen session must not become a password oracle. */
  'password-check-account': { points: 5, seconds: 15 * 60 },
  /** SMS to one number, whatever asked for them (SMS pumping, harassment). */
  'sms-number': { points: 10, seconds: 60 * 60 },
  /** SMS asked for from one address, to whichever numbers. */
  'sms-address': { points: 50, seconds: 60 * 60 },
} as const satisfies Record<string, RateLimit>;

export type RateLimitName = keyof typeof RATE_LIMIT_DEFAULTS;
export interface RateLimit {
  points: number;
  seconds: number;
}
export type RateLimitPolicy = Record<RateLimitName, RateLimit>;

/**
 * Reads `RATE_LIMITS` (`name=points/seconds`, comma-separated, e.g. `sms-number=5/3600`) over the
 * defaults. Returns the problems found rather than throwing, for `loadConfig` to list them all.
 */
export function parseRateLimits(raw: string | undefined): { policy: RateLimitPolicy; problems: string[] } {
  const policy: RateLimitPolicy = { ...RATE_LIMIT_DEFAULTS };
  const problems: string[] = [];
  for (const part of (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const match = /^([a-z-]+)=(\d{1,9})\/(\d{1,9})$/.exec(part);
    if (!match || !(match[1] in RATE_LIMIT_DEFAULTS) || Number(match[2]) < 1 || Number(match[3]) < 1) {
      problems.push(`RATE_LIMITS: "${part}" is not name=points/seconds with a name from ${Object.keys(RATE_LIMIT_DEFAULTS).join(', ')}`);
      continue;
    }
    policy[match[1] as RateLimitName] = { points: Number(match[2]), seconds: Number(match[3]) };
  }
  return { policy, problems };
}
