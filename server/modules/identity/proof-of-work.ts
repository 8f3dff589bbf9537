import { createHmac } from 'node:crypto';
import { createChallenge, verifySolution, type Challenge, type Solution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { secureFraction, type Fraction } from '../../shared/random';

/**
 * ALTCHA's PBKDF2 rather than plain SHA-256: a browser pays a fixed overhead per WebCrypto call
 * (tens of microseconds) that native attack code does not, so a cheap hash would cost people far
 * more than scripts. With 1,000 PBKDF2 iterations per attempt the work itself dominates on both
 * sides.
 */
export const PROOF_OF_WORK_ALGORITHM = 'PBKDF2/SHA-256';
export const PROOF_OF_WORK_COST = 1000;

/**
 * How many attempts a challenge may need at most (`PROOF_OF_WORK_MAX_NUMBER`); the server draws the
 * secret counter uniformly from 0 to this, and the solver counts up from 0, so a person needs half
 * of it on average and nobody can skip ahead.
 *
 * Tuning, measured on this project's 2-core development machine while other work shared it:
 * - Chromium (the real widget, 2 workers, tests/browser/human-check.test.ts): 13 challenges,
 *   19,420 attempts in 4.84 s, i.e. 0.5 ms per attempt per worker. Node 24 (`crypto.pbkdf2Sync`,
 *   what a script would use): 0.27 ms per attempt on one core.
 * - A mid-range phone core is taken as 3× slower (1.5 ms per attempt) and, of its 8 cores, as worth
 *   3 workers once the small cores and heat are counted: 0.5 ms per attempt.
 * - About 0.5 s on such a phone is then 1,000 attempts on average: a maximum of 2,000. Here that is
 *   ~0.25 s in Chromium; a script pays ~0.27 s of a core per form sent.
 * A GPU does PBKDF2 far faster; this prices bulk attempts from ordinary machines, the limits per
 * address and account do the rest.
 */
export const DEFAULT_PROOF_OF_WORK_MAX_NUMBER = 2000;

/** Why a proof of work was refused. */
export type ProofOfWorkProblem = 'PROOF_OF_WORK_MISSING' | 'PROOF_OF_WORK_INVALID';

/** A submitted payload is a small base64 JSON object; anything longer is not one. */
const MAX_PAYLOAD_CHARS = 4096;

/**
 * Issues and checks ALTCHA proof-of-work challenges bound to one image code: the challenge carries
 * the captcha's id (signed), so a solution works only with that captcha, and since the captcha is
 * single use, so is the solution. Keys derive from APP_SECRETS: the first signs, every one verifies.
 */
export class ProofOfWork {
  private readonly keys: { signature: string; keySignature: string }[];

  constructor(
    secrets: readonly string[],
    private readonly maxNumber: number,
    private readonly rand: Fraction = secureFraction,
  ) {
    if (secrets.length === 0) throw new Error('ProofOfWork needs at least one secret');
    const derive = (secret: string, purpose: string) => createHmac('sha256', secret).update(`altcha:${purpose}`).digest('base64url');
    this.keys = secrets.map((secret) => ({ signature: derive(secret, 'signature'), keySignature: derive(secret, 'key-signature') }));
  }

  /** A challenge for the captcha `captchaId`, as the JSON the ALTCHA widget takes. */
  async issue(captchaId: string): Promise<string> {
    const challenge = await createChallenge({
      algorithm: PROOF_OF_WORK_ALGORITHM,
      cost: PROOF_OF_WORK_COST,
      counter: Math.floor(this.rand() * (this.maxNumber + 1)),
      deriveKey,
      data: { captcha: captchaId },
      hmacSignatureSecret: this.keys[0]!.signature,
      hmacKeySignatureSecret: this.keys[0]!.keySignature,
    });
    return JSON.stringify(challenge);
  }

  /** Null when `payload` (the widget's base64 JSON) solves a challenge issued for `captchaId`. */
  async check(payload: string | null | undefined, captchaId: string): Promise<ProofOfWorkProblem | null> {
    if (!payload?.trim()) return 'PROOF_OF_WORK_MISSING';
    const submitted = parsePayload(payload);
    if (!submitted || submitted.challenge.parameters.data?.captcha !== captchaId) return 'PROOF_OF_WORK_INVALID';
    for (const key of this.keys) {
      try {
        const result = await verifySolution({
          challenge: submitted.challenge,
          solution: submitted.solution,
          deriveKey,
          hmacSignatureSecret: key.signature,
          hmacKeySignatureSecret: key.keySignature,
        });
        if (result.verified) return null;
      } catch {
        // Parameters the library cannot even read (a forged challenge): refused like a wrong one.
      }
    }
    return 'PROOF_OF_WORK_INVALID';
  }
}

function parsePayload(payload: string): { challenge: Challenge; solution: Solution } | null {
  if (payload.length > MAX_PAYLOAD_CHARS) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    if (!isRecord(value) || !isRecord(value.challenge) || !isRecord(value.solution)) return null;
    const { parameters, signature } = value.challenge;
    if (!isRecord(parameters) || typeof signature !== 'string') return null;
    // Only what this server issues: its algorithm and cost, not a cheaper one named by the client
    // (the signature would refuse it too; this keeps a forged one from costing a derivation).
    if (parameters.algorithm !== PROOF_OF_WORK_ALGORITHM || parameters.cost !== PROOF_OF_WORK_COST) return null;
    const { counter, derivedKey } = value.solution;
    if (typeof counter !== 'number' || typeof derivedKey !== 'string') return null;
    return { challenge: value.challenge as unknown as Challenge, solution: { counter, derivedKey } as Solution };
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
