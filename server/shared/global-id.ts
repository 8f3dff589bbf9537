import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';

/**
 * Opaque global IDs (`Node.id`): what a client caches objects by. They carry no personal data:
 * most types are keyed by a surrogate (a UUID, a number the portal made up) and encode
 * `Type:key` as base64url; the types keyed by something personal (a person by national ID, a
 * vehicle by plate) seal their key instead, deterministically — the same object always has the
 * same ID, so caches normalise, but nobody can read the key out of it.
 */
export class GlobalIds {
  private readonly sealKeys: { mac: Buffer; enc: Buffer }[];

  /** `secrets`: the app secrets (first seals, all open), so a rotation keeps old IDs readable. */
  constructor(secrets: readonly string[]) {
    this.sealKeys = secrets.map((secret) => ({
      mac: createHmac('sha256', secret).update('global-id:mac').digest(),
      enc: createHmac('sha256', secret).update('global-id:enc').digest(),
    }));
  }

  /** The ID of an object of `type` whose key is not personal data. */
  plain(type: string, key: string | number): string {
    return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
  }

  /**
   * The ID of an object whose key is personal: `type~` then AES-256-GCM of the key under a nonce
   * derived from an HMAC of type and key (a synthetic IV: deterministic, and only equal keys give
   * equal IDs).
   */
  sealed(type: string, key: string): string {
    const { mac, enc } = this.sealKeys[0];
    const iv = createHmac('sha256', mac).update(`${type}:${key}`).digest().subarray(0, 12);
    const cipher = createCipheriv('aes-256-gcm', enc, iv);
    const body = Buffer.concat([cipher.update(key, 'utf8'), cipher.final()]);
    return `${type}~${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** The type and key an ID stands for, or null for anything this server did not make. */
  decode(id: string): { type: string; key: string } | null {
    if (typeof id !== 'string' || id.length > 300) return null;
    const tilde = id.indexOf('~');
    if (tilde > 0) {
      const type = id.slice(0, tilde);
      const raw = Buffer.from(id.slice(tilde + 1), 'base64url');
      if (raw.length < 29) return null;
      for (const { mac, enc } of this.sealKeys) {
        try {
          const decipher = createDecipheriv('aes-256-gcm', enc, raw.subarray(0, 12));
          decipher.setAuthTag(raw.subarray(12, 28));
          const key = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
          // The nonce must be the one this key and type give: a sealed key moved under another type is refused.
          if (createHmac('sha256', mac).update(`${type}:${key}`).digest().subarray(0, 12).equals(raw.subarray(0, 12))) return { type, key };
        } catch {
          // Not sealed with this secret: try the next one.
        }
      }
      return null;
    }
    if (!/^[A-Za-z0-9_-]+$/.test(id)) return null;
    const text = Buffer.from(id, 'base64url').toString('utf8');
    const colon = text.indexOf(':');
    if (colon <= 0 || !/^[A-Z][A-Za-z]+$/.test(text.slice(0, colon))) return null;
    return { type: text.slice(0, colon), key: text.slice(colon + 1) };
  }
}
