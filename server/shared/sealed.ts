import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { EncryptJWT, jwtDecrypt, type JWTPayload } from 'jose';

/**
 * Short-lived encrypted tokens (JWE, dir + A256GCM) under keys derived from APP_SECRETS: the
 * first seals, every one opens, so rotating the secrets breaks no flow in progress. Encrypted,
 * not only signed, because they carry a national ID and the PKCE verifier through the browser.
 */
export class Sealer {
  private readonly keys: Uint8Array[];

  constructor(secrets: readonly string[], purpose: string) {
    if (secrets.length === 0) throw new Error('Sealer needs at least one secret');
    this.keys = secrets.map((secret) => new Uint8Array(createHmac('sha256', secret).update(`sealed:${purpose}`).digest()));
  }

  seal(payload: JWTPayload, now: Date, lifetimeSeconds: number): Promise<string> {
    const iat = Math.floor(now.getTime() / 1000);
    return new EncryptJWT(payload)
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt(iat)
      .setExpirationTime(iat + lifetimeSeconds)
      .encrypt(this.keys[0]);
  }

  /** The payload, or null when the token is malformed, altered, sealed under another key or expired. */
  async open(token: string, now: Date): Promise<JWTPayload | null> {
    for (const key of this.keys) {
      try {
        const { payload } = await jwtDecrypt(token, key, { currentDate: now, keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });
        return payload;
      } catch {
        // Next key; a token that no key opens is refused below.
      }
    }
    return null;
  }

  /**
   * A short value sealed as compactly as it can be (AES-256-GCM: 12-byte nonce, the ciphertext,
   * 16-byte tag; base64url): 51 characters for a national ID, where a JWE takes over 150. For
   * references inside a token that is itself signed and short-lived (a QR code must stay small).
   * The random nonce makes two seals of one value unlinkable.
   */
  sealValue(value: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys[0], nonce);
    const sealed = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return Buffer.concat([nonce, sealed, cipher.getAuthTag()]).toString('base64url');
  }

  /** The value `sealValue` sealed, or null when no key opens it (altered, or sealed under another secret). */
  openValue(sealed: string): string | null {
    const raw = Buffer.from(sealed, 'base64url');
    if (raw.length < 12 + 16 || raw.toString('base64url') !== sealed) return null;
    for (const key of this.keys) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(raw.length - 16));
        return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
      } catch {
        // Next key; a value that no key opens is refused below.
      }
    }
    return null;
  }
}
