import { randomUUID } from 'node:crypto';
import { EntityManager, raw } from '@mikro-orm/core';
import { type Clock, MINUTE, addMs } from '../../shared/clock';
import type { KeyedHasher } from '../../shared/crypto';
import { UserInputError } from '../../shared/errors';
import { Language } from '../../shared/i18n';
import { normalizeDigits } from '../../shared/normalize';
import { AuditEvent, AuditEventType } from '../audit';
import type { Deps } from '../../shared/module';
import type { Random } from '../../shared/random';
import { ChallengePurpose, Challenge, PendingRegistration } from './challenge.entity';
import { CodeGuards, guardKeys, provenKeys } from './code-guard';
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
  /** The national ID asked for (registration, password reset), when there is one. */
  nationalId?: string;
  pending?: PendingRegistration;
  decoy?: boolean;
  clientAddress?: string;
}

const refuse = (code: IdentityErrorCode, params?: Record<string, number>) => new UserInputError([{ field: 'code', code, params }]);

/** Called once when wrong codes lock a purpose's code step for a subject, to tell its holder. */
export type CodeLockListener = (em: EntityManager, challenge: Challenge, lock: { key: string; minutes: number }) => Promise<void>;

/**
 * One-time SMS codes, in the manner of Ory Kratos: 6 digits from the CSPRNG, only an HMAC kept,
 * bound to one challenge, five minutes, single use, five tries counted in their own atomic
 * statement *before* comparing (so 50 parallel guesses evaluate at most 5). The tries are also
 * counted per purpose and subject across challenges and resends (`code-guard.ts`): at most five
 * wrong codes in fifteen minutes, then the step is locked for that subject.
 */
export class Codes {
  private readonly guards = new CodeGuards();

  private readonly hasher: KeyedHasher;
  private readonly random: Random;
  private readonly clock: Clock;

  constructor(
    deps: Deps<'hasher' | 'random' | 'clock'>,
    private readonly onLocked: CodeLockListener = async () => {},
  ) {
    ({ hasher: this.hasher, random: this.random, clock: this.clock } = deps);
  }

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
      nationalId: spec.nationalId ?? spec.pending?.nationalId ?? null,
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
   * counted outside it, in `em` (on the challenge and on its purpose's guard for the subject), and
   * stays counted whatever happens next.
   */
  async verify(em: EntityManager, challengeId: string, purpose: ChallengePurpose, rawCode: string): Promise<Challenge> {
    if (!/^[0-9a-f-]{36}$/.test(challengeId)) throw refuse('CHALLENGE_NOT_FOUND');
    const now = this.clock.now();
    const counted = await em.nativeUpdate(Challenge, { id: challengeId, purpose, consumedAt: null, attempts: { $lt: MAX_ATTEMPTS }, expiresAt: { $gt: now } }, { attempts: raw('attempts + 1') });
    const challenge = await em.findOne(Challenge, { id: challengeId, purpose }, { disableIdentityMap: true });
    if (!challenge || challenge.consumedAt || challenge.expiresAt <= now) throw refuse('CHALLENGE_NOT_FOUND');
    if (counted !== 1) throw refuse('TOO_MANY_ATTEMPTS');
    const keys = guardKeys(challenge);
    const guard = await this.guards.count(em, keys, now);
    if (!guard.allowed) throw refuse('CODE_STEP_LOCKED', { retryAfter: guard.retryAfterSeconds });
    if (challenge.codeExpiresAt <= now) throw refuse('CODE_EXPIRED');
    const code = normalizeDigits(rawCode);
    const right = /^\d{6}$/.test(code) && this.hasher.matches('otp', `${challenge.id}:${code}`, challenge.codeHash) && !challenge.decoy;
    if (right) {
      await this.guards.succeeded(em, keys, provenKeys(challenge));
      return challenge;
    }
    await em.insert(AuditEvent, {
      type: AuditEventType.CODE_FAILED,
      accountId: challenge.accountId ?? null,
      clientAddress: null,
      detail: { purpose },
      createdAt: now,
    });
    const locks = await this.guards.failed(em, keys, now);
    for (const lock of locks) await this.onLocked(em, challenge, lock);
    if (locks.length) throw refuse('CODE_STEP_LOCKED', { retryAfter: Math.max(...locks.map((l) => l.minutes)) * 60 });
    const remaining = Math.min(MAX_ATTEMPTS - challenge.attempts, guard.remaining);
    throw remaining > 0 ? refuse('CODE_INVALID', { triesLeft: remaining }) : refuse('TOO_MANY_ATTEMPTS');
  }

  /**
   * Seconds left while wrong codes keep this purpose's code step locked for the subject a challenge
   * would have (an account; for a reset decoy, the mobile typed); null when it is not locked.
   */
  async stepLockedFor(em: EntityManager, subject: Pick<Challenge, 'purpose' | 'accountId' | 'mobile' | 'nationalId'>): Promise<number | null> {
    const [key] = guardKeys(subject);
    return this.guards.lockedFor(em, key, this.clock.now());
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
    if (wait > 0) throw refuse('RESEND_TOO_SOON', { retryAfter: Math.ceil(wait / 1000) });
    // No tries left on this challenge (a resend gives none back): a new code could not be used.
    if (challenge.sends >= MAX_SENDS || challenge.attempts >= MAX_ATTEMPTS) throw refuse('TOO_MANY_ATTEMPTS');
    const code = this.random.digits(CODE_LENGTH);
    const next = {
      codeHash: this.hashFor(challenge.id, challenge.decoy ? this.random.token(16) : code),
      codeExpiresAt: addMs(now, CODE_TTL_MS),
      // The tries are not given back: a resend is a new code, not five new guesses.
      sends: challenge.sends + 1,
      lastSentAt: now,
    };
    // `sends` changes with every resend: a parallel one that committed first makes this match nothing.
    const claimed = await tx.nativeUpdate(Challenge, { id: challenge.id, sends: challenge.sends }, next);
    if (claimed !== 1) throw refuse('RESEND_TOO_SOON', { retryAfter: Math.ceil(RESEND_AFTER_MS / 1000) });
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
