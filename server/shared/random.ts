import { randomBytes, randomInt } from 'node:crypto';

/**
 * The one source of randomness for codes and tokens. Replaceable in tests (for example to know
 * the digits drawn in a captcha image), never weakened in production: the default uses the
 * operating system's CSPRNG.
 */
export interface Random {
  /** A string of `length` decimal digits, uniformly distributed. */
  digits(length: number): string;
  /** `bytes` random bytes as base64url. */
  token(bytes: number): string;
}

export const secureRandom: Random = {
  digits(length) {
    let out = '';
    for (let i = 0; i < length; i++) out += String(randomInt(10));
    return out;
  },
  token(bytes) {
    return randomBytes(bytes).toString('base64url');
  },
};
