import { randomUUID } from 'node:crypto';
import { EntityManager, raw } from '@mikro-orm/core';
import { Clock, MINUTE, addMs } from '../../shared/clock';
import { KeyedHasher } from '../../shared/crypto';
import { UserInputError } from '../../shared/errors';
import { Language } from '../../shared/i18n';
import { normalizeDigits } from '../../shared/normalize';
import { Random } from '../../shared/random';
import { ChallengePurpose, Challenge, PendingRegistration } from './challenge.entity';
import type { IdentityErrorCode } from './identity.errors';

export const CODE_LENGTH = 6;
export const CODE_TTL_MS = 5 * MINUTE;
export const RESEND_AFTER_MS = MINUTE;
export const MAX_ATTEMPTS = 5;
export const MAX_SENDS = 5;
export const CHALLENGE_TTL_MS = 30 * MINUTE;

export interface NewChallenge {
  purpose: ChallengePurpose;
  mobile: string;
  language: Language;
  accountId?: string;
  pending?: PendingRegistration;
  decoy?: boolean;
  clientAddress?: string;
}

const refuse = (code: IdentityErrorCode, params?: Record<string, number>) => new UserInputError([{ field: 'code', code, params }]);

/**
 * One-time SMS codes, in the manner of Ory Kratos: 6 digits from the CSPRNG, only an HMAC kept,
 * bound to one challenge, five minutes, single use, five tries counted in their own atomic
 * statement *before* comparing (so 50 parallel guesses evaluate at most 5).
 */
export class Codes {
  constructor(
    private readonly hasher: KeyedHasher,
    private readonly random: Random,
    private readonly clock: Clock,
  ) {}

  /** Creates the challenge in `tx`; returns the code to send (never stored). */
  create(tx: EntityManager, spec: NewChallenge): { challenge: Challenge; code: string } {
    const now = this.clock.now();
    const code = this.random.digits(CODE_LENGTH);
    const id = randomUUID();
    const challenge = tx.create(Challenge, {
      id,
      purpose: spec.purpose,
      mobile: spec.mobile,
      accountId: spec.accountId ?? null,
      pending: spec.pending ?? null,
      decoy: spec.decoy ?? false,
      language: spec.language,
      clientAddress: spec.clientAddress ?? null,
      codeHash: this.hashFor(id, spec.decoy ? this.random.token(16) : code),
      codeExpiresAt: addMs(now, CODE_TTL_MS),
      lastSentAt: now,
      expiresAt: addMs(now, CHALLENGE_TTL_MS),
      createdAt: now,
    });
    return { challenge, code };
  }

  /**
   * Checks `code` against the challenge and, when right, marks it used inside `tx` — the caller's
   * transaction, so the code is spent only if the action it unlocks commits. The attempt is
   * counted outside it, in `em`, and stays counted whatever happens next.
   */
  async verify(em: EntityManager, challengeId: string, purpose: ChallengePurpose, rawCode: string): Promise<Challenge> {
    if (!/^[0-9a-f-]{36}$/.test(challengeId)) throw refuse('CHALLENGE_NOT_FOUND');
    const now = this.clock.now();
    const counted = await em.nativeUpdate(
      Challenge,
      { id: challengeId, purpose, consumedAt: null, attempts: { $lt: MAX_ATTEMPTS }, expiresAt: { $gt: now } },
      { attempts: raw('attempts + 1') },
    );
    const challenge = await em.findOne(Challenge, { id: challengeId, purpose }, { disableIdentityMap: true });
    if (!challenge || challenge.consumedAt || challenge.expiresAt <= now) throw refuse('CHALLENGE_NOT_FOUND');
    if (counted !== 1) throw refuse('TOO_MANY_ATTEMPTS');
    if (challenge.codeExpiresAt <= now) throw refuse('CODE_EXPIRED');
    const code = normalizeDigits(rawCode);
    const right = /^\d{6}$/.test(code) && this.hasher.matches('otp', `${challenge.id}:${code}`, challenge.codeHash) && !challenge.decoy;
    if (!right) {
      const remaining = MAX_ATTEMPTS - challenge.attempts;
      throw remaining > 0 ? refuse('CODE_INVALID', { remaining }) : refuse('TOO_MANY_ATTEMPTS');
    }
    return challenge;
  }

  /** Spends the challenge in the action's transaction; false when a parallel request spent it first. */
  async consume(tx: EntityManager, challenge: Challenge): Promise<boolean> {
    return (await tx.nativeUpdate(Challenge, { id: challenge.id, consumedAt: null }, { consumedAt: this.clock.now() })) === 1;
  }

  /** A fresh code for the same challenge, no sooner than a minute after the last. */
  async resend(tx: EntityManager, challengeId: string): Promise<{ challenge: Challenge; code: string }> {
    if (!/^[0-9a-f-]{36}$/.test(challengeId)) throw refuse('CHALLENGE_NOT_FOUND');
    const now = this.clock.now();
    // Read outside the identity map and written with one conditional update below, so that of
    // several resends arriving together only one sends a code.
    const challenge = await tx.findOne(Challenge, challengeId, { disableIdentityMap: true });
    if (!challenge || challenge.consumedAt || challenge.expiresAt <= now) throw refuse('CHALLENGE_NOT_FOUND');
    const wait = challenge.lastSentAt.getTime() + RESEND_AFTER_MS - now.getTime();
    if (wait > 0) throw refuse('RESEND_TOO_SOON', { seconds: Math.ceil(wait / 1000) });
    if (challenge.sends >= MAX_SENDS) throw refuse('TOO_MANY_ATTEMPTS');
    const code = this.random.digits(CODE_LENGTH);
    const next = {
      codeHash: this.hashFor(challenge.id, challenge.decoy ? this.random.token(16) : code),
      codeExpiresAt: addMs(now, CODE_TTL_MS),
      attempts: 0,
      sends: challenge.sends + 1,
      lastSentAt: now,
    };
    // `sends` changes with every resend: a parallel one that committed first makes this match nothing.
    const claimed = await tx.nativeUpdate(Challenge, { id: challenge.id, sends: challenge.sends }, next);
    if (claimed !== 1) throw refuse('RESEND_TOO_SOON', { seconds: Math.ceil(RESEND_AFTER_MS / 1000) });
    Object.assign(challenge, next);
    return { challenge, code };
  }

  resendAvailableAt(challenge: Challenge): Date {
    return addMs(challenge.lastSentAt, RESEND_AFTER_MS);
  }

  /** The hash binds the code to its challenge: a code is never valid for another attempt. */
  private hashFor(challengeId: string, code: string): string {
    return this.hasher.digest('otp', `${challengeId}:${code}`);
  }
}
