import { createHmac } from 'node:crypto';
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
    return new EncryptJWT(payload).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setIssuedAt(iat).setExpirationTime(iat + lifetimeSeconds).encrypt(this.keys[0]);
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
}
