import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

export function hmac(key: string, value: string): string {
  return createHmac('sha256', key).update(value).digest('base64url');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/**
 * HMACs under a list of keys: the first computes what is stored, every key is accepted when
 * checking, so a secret can be rotated without voiding codes that are in flight.
 */
export class KeyedHasher {
  constructor(private readonly keys: readonly string[]) {
    if (keys.length === 0) throw new Error('KeyedHasher needs at least one key');
  }
  digest(purpose: string, value: string): string {
    return hmac(this.keys[0], `${purpose}:${value}`);
  }
  matches(purpose: string, value: string, stored: string): boolean {
    let ok = false;
    // Every key is tried, even after a match, so timing does not tell which key matched.
    for (const key of this.keys) ok = constantTimeEqual(hmac(key, `${purpose}:${value}`), stored) || ok;
    return ok;
  }
}
