import type { IdentityErrorCode } from './identity.errors';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

let common: Set<string> | undefined;
/**
 * The shipped list of common and breached passwords (zxcvbn-ts' ~49,000, ranked from breach
 * corpora), loaded on first use: the package decompresses all its dictionaries when loaded (~3 MB
 * of heap an instance would otherwise hold from its start, whether anyone sets a password or not).
 */
function commonPasswords(): Set<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  common ??= new Set((require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common')).dictionary['passwords-common'] as string[]);
  return common;
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

export function longestCommonRun(a: string, b: string): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1] + 1;
        if (cur[j] > best) best = cur[j];
      }
    }
    prev = cur;
  }
  return best;
}

/**
 * SPEC §2's password rule, after NIST SP 800-63B: length 8–128 counted in characters (not
 * bytes), no composition rules, no truncation or case folding of what is stored; refused when
 * common/breached or too close to what an attacker knows about the person (edit distance under
 * 5, or a shared run longer than half the password).
 */
export function checkPassword(password: string, personal: { username?: string; nationalId?: string; email?: string }): IdentityErrorCode | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'PASSWORD_TOO_SHORT';
  if (length > PASSWORD_MAX) return 'PASSWORD_TOO_LONG';
  const lower = password.toLowerCase();
  if (commonPasswords().has(password) || commonPasswords().has(lower)) return 'PASSWORD_TOO_COMMON';
  const email = personal.email?.toLowerCase();
  const known = [personal.username, personal.nationalId, email, email?.split('@')[0]].filter((v): v is string => !!v && v.length >= 3).map((v) => v.toLowerCase());
  for (const value of known) {
    if (levenshtein(lower, value) < 5 || longestCommonRun(lower, value) > length / 2) return 'PASSWORD_TOO_SIMILAR';
  }
  return null;
}

export const USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9._-]{3,19}$/;
const EMAIL_PATTERN = /^[^\s@"<>()[\]\\,;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,63}$/;

/** A normalised (trimmed, lower-cased) e-mail address, or null when it is not a deliverable-looking one. */
export function parseEmail(input: string): string | null {
  const email = input.trim().toLowerCase();
  return email.length <= 254 && EMAIL_PATTERN.test(email) && email.split('@')[0].length <= 64 ? email : null;
}
