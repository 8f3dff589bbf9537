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
  /** The spoken image code, fetched from one address (each fetch renders a new WAV file). */
  'captcha-audio-address': { points: 150, seconds: 15 * 60 },
  'resend-address': { points: 20, seconds: 60 * 60 },
  'reset-address': { points: 10, seconds: 60 * 60 },
  /** Current-password checks by a signed-in session (change password, re-authenticate): a stolen session must not become a password oracle. */
  'password-check-account': { points: 5, seconds: 15 * 60 },
  /**
   * E-service submissions by one account, accepted or refused (refused ones are kept on record, so
   * they count too): far above what a family's head needs, far below flooding the requests table.
   */
  'submission-account': { points: 100, seconds: 60 * 60 },
  /** E-mails a person asks to be sent again to one address (the confirmation link): flooding an inbox. */
  'email-recipient': { points: 5, seconds: 60 * 60 },
  /** Steps of account recovery after a lost phone (proof by SSO or an office's code, the development button) from one address. */
  'recovery-address': { points: 20, seconds: 60 * 60 },
  /** Office recovery codes tried for one national ID, from whichever addresses (each code also allows only 5 tries). */
  'recovery-id': { points: 10, seconds: 60 * 60 },
  /** SMS to one number, whatever asked for them (SMS pumping, harassment). */
  'sms-number': { points: 10, seconds: 60 * 60 },
  /** SMS asked for from one address, to whichever numbers. */
  'sms-address': { points: 50, seconds: 60 * 60 },
  /**
   * Query cost (points, server/shared/cost.ts) a signed-in account may spend per minute: about four
   * operations at the per-operation maximum, or a hundred screens of the web client.
   */
  'cost-account': { points: 300_000, seconds: 60 },
  /** Query cost anonymous callers from one address may spend per minute (shared behind NAT, so as much as an account). */
  'cost-address': { points: 300_000, seconds: 60 },
} as const satisfies Record<string, RateLimit>;

export type RateLimitName = keyof typeof RATE_LIMIT_DEFAULTS;
export interface RateLimit {
  points: number;
  seconds: number;
}
export type RateLimitPolicy = Record<RateLimitName, RateLimit>;

/**
 * The policy: the defaults, with the overrides `RATE_LIMITS` gave (already well-formed, see
 * config.ts). A name that is no limit here is refused with the names that are.
 */
export function rateLimitPolicy(overrides: Record<string, RateLimit>): { policy: RateLimitPolicy; problems: string[] } {
  const policy: RateLimitPolicy = { ...RATE_LIMIT_DEFAULTS };
  const problems: string[] = [];
  for (const [name, limit] of Object.entries(overrides)) {
    if (name in RATE_LIMIT_DEFAULTS) policy[name as RateLimitName] = limit;
    else problems.push(`RATE_LIMITS: "${name}" is not a limit; the limits are ${Object.keys(RATE_LIMIT_DEFAULTS).join(', ')}`);
  }
  return { policy, problems };
}
