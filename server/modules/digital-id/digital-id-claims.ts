import { constantTimeEqual } from '../../shared/crypto';
import { normalizeDigits } from '../../shared/normalize';

export const DIGITAL_ID_TYPE = 'digital-id+jwt';
/**
 * The offline copy's type: signed separately with the same keys and claims but a longer life, so a
 * checker who expects one kind never accepts the other (jose's `typ` check), and neither is an access token.
 */
export const DIGITAL_ID_OFFLINE_TYPE = 'digital-id-offline+jwt';
export const DIGITAL_ID_AUDIENCE = 'absher-digital-id';

/**
 * What the QR code carries: only what verification needs, so that it stays a small code that
 * scans from a phone at arm's length (a version 25 code of ~900 characters did not). Besides
 * `iss`, `aud`, `iat` and `exp`, one claim: `jti`, the holder's national ID sealed under the
 * server's secret (AES-GCM, a random nonce each time). It is unique per token (it keys the number
 * checks), reveals nothing to whoever reads the code, and links no two tokens of one person; the
 * server opens it to answer `verifyDigitalId` from the registry. Names and photo stay out.
 */
export interface DigitalIdClaims {
  jti: string;
}

/** A sealed national ID is 51 characters; anything much longer is not one of ours. */
const MAX_REFERENCE = 128;

/** The claims of a verified payload; null when the reference is missing or of the wrong shape. */
export function readClaims(payload: Record<string, unknown>): DigitalIdClaims | null {
  const jti = payload.jti;
  return typeof jti === 'string' && jti.length > 0 && jti.length <= MAX_REFERENCE ? { jti } : null;
}

/** Whether the number a checker typed (any digits, Arabic-Indic too, spaces) is the holder's. */
export function nationalIdMatches(holderId: string, typed: string): boolean {
  return constantTimeEqual(normalizeDigits(typed).replace(/\D/g, ''), holderId);
}
