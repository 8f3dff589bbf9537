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

/** A number in [0, 1): the shape the captcha renderers draw their per-render variation from. */
export type Fraction = () => number;

const POOL_BYTES = 4096;
let pool = randomBytes(POOL_BYTES);
let offset = 0;

/**
 * Uniform fractions from the CSPRNG (32 bits each), read from a pooled buffer so that the
 * hundreds a captcha render draws cost one system call per thousand. For per-render variation;
 * codes and tokens come from `secureRandom`.
 */
export const secureFraction: Fraction = () => {
  if (offset + 4 > POOL_BYTES) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  const value = pool.readUInt32BE(offset);
  offset += 4;
  return value / 2 ** 32;
};

/** A reproducible `Fraction` for tests and measurements (mulberry32); never for production renders. */
export function seededFraction(seed: number): Fraction {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
