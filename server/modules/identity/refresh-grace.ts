import { hkdfSync } from 'node:crypto';
import { CompactEncrypt, compactDecrypt } from 'jose';

/** A session's token pair as issued at log-in or refresh. */
export interface IssuedSession {
  sessionId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** How long after a refresh token is traded a second trade of it answers the same pair (two tabs, a retry). */
export const REFRESH_GRACE_MS = 10_000;

/**
 * The key that seals the pair a refresh token was traded for: derived (HKDF-SHA256) from the token
 * itself, 256 random bits that the server keeps nowhere. A copy of the database — even with the app
 * secrets — opens nothing; whoever holds the token could trade it anyway. The app secrets would add
 * nothing here, and rotating them would break the window.
 */
function keyOf(refreshToken: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', refreshToken, new Uint8Array(0), 'absher/refresh-grace/v1', 32));
}

const encoder = new TextEncoder();

/** The new pair, encrypted (compact JWE, dir + A256GCM) for whoever presents `refreshToken` again. */
export function sealPair(refreshToken: string, pair: IssuedSession): Promise<string> {
  return new CompactEncrypt(encoder.encode(JSON.stringify(pair))).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(keyOf(refreshToken));
}

/** The pair sealed for `refreshToken`, or null when it was sealed for another token or altered. */
export async function openPair(refreshToken: string, sealed: string): Promise<IssuedSession | null> {
  try {
    const { plaintext } = await compactDecrypt(sealed, keyOf(refreshToken), { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });
    const pair = JSON.parse(new TextDecoder().decode(plaintext)) as Record<keyof IssuedSession, string>;
    return {
      sessionId: pair.sessionId,
      accessToken: pair.accessToken,
      accessTokenExpiresAt: new Date(pair.accessTokenExpiresAt),
      refreshToken: pair.refreshToken,
      refreshTokenExpiresAt: new Date(pair.refreshTokenExpiresAt),
    };
  } catch {
    return null;
  }
}
