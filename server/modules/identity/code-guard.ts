import { Entity, EntityManager, PrimaryKey, Property, raw } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { HOUR, MINUTE } from '../../shared/clock';
import { ChallengePurpose, type Challenge } from './challenge.entity';

/** Wrong codes allowed per purpose and subject in a window, across challenges and resends. */
export const CODE_FAILURE_LIMIT = 5;
export const CODE_FAILURE_WINDOW_MS = 15 * MINUTE;
/** The first lock lasts 15 minutes and doubles with each following one, up to two hours (as for passwords). */
export const CODE_LOCK_BASE_MS = 15 * MINUTE;
export const CODE_LOCK_MAX_MS = 2 * HOUR;

/**
 * Wrong SMS codes for one purpose and one subject (an account; for registration a national ID and a
 * mobile), whatever challenge or resend they were typed for. Without it every resend and every new
 * challenge gave five fresh guesses.
 */
@Entity({ tableName: 'code_guards' })
export class CodeGuard {
  /** `PURPOSE:kind:subject`, e.g. `LOGIN:account:<uuid>`, `REGISTRATION:mobile:+9665…`. */
  @PrimaryKey({ type: 'string', length: 120 })
  key!: string;

  /** Codes tried (and not right) since `windowStart`; counted before comparing, like a challenge's attempts. */
  @Property({ type: 'integer', default: 0 })
  failures: number = 0;

  @Property({ type: 'datetime' })
  windowStart!: Date;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  /** Locks so far: each one lasts twice as long as the one before, up to the maximum. */
  @Property({ type: 'integer', default: 0 })
  lockouts: number = 0;
}

/**
 * The code step of a purpose is guarded per subject: log-in, password reset and account changes per
 * account (so a lock from reset guesses never blocks the owner's log-in, which needs the password
 * first), registration per national ID and per mobile.
 */
export function guardKeys(challenge: Pick<Challenge, 'purpose' | 'accountId' | 'mobile' | 'nationalId'>): string[] {
  switch (challenge.purpose) {
    case ChallengePurpose.REGISTRATION:
      return [...(challenge.nationalId ? [`REGISTRATION:nid:${challenge.nationalId}`] : []), `REGISTRATION:mobile:${challenge.mobile}`];
    case ChallengePurpose.LOGIN:
      return [`LOGIN:account:${challenge.accountId}`];
    case ChallengePurpose.PASSWORD_RESET:
      // A reset for an ID and mobile that match no account is a decoy: guarded by the mobile typed, alike.
      return [challenge.accountId ? `PASSWORD_RESET:account:${challenge.accountId}` : `PASSWORD_RESET:mobile:${challenge.mobile}`];
    case ChallengePurpose.REAUTHENTICATION:
    case ChallengePurpose.MOBILE_CHANGE:
      return [`ACCOUNT_CHANGE:account:${challenge.accountId}`];
    case ChallengePurpose.ACCOUNT_RECOVERY:
      // Its own key: wrong codes while recovering must not lock the owner out of log-in or account care, nor the other way round.
      return [`ACCOUNT_RECOVERY:account:${challenge.accountId}`];
  }
}

/**
 * The keys on which a right code starts the count over: those whose subject the code proves. For
 * registration that is the mobile typed, nothing about the ID: anyone can start a registration for
 * any ID with a phone of his own and read its code, so were that code to clear the ID's count, wrong
 * codes at the ID's own mobiles could be interleaved with it without end. On the other keys a right
 * code only gives back the one try it was counted as.
 */
export function provenKeys(challenge: Pick<Challenge, 'purpose' | 'accountId' | 'mobile' | 'nationalId'>): string[] {
  return challenge.purpose === ChallengePurpose.REGISTRATION ? [`REGISTRATION:mobile:${challenge.mobile}`] : guardKeys(challenge);
}

/** Whole seconds from `now` until `until`, at least one: what a client waits before trying again. */
const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

export type GuardVerdict = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/**
 * The counting is the same as a challenge's attempts: one conditional statement per key, before the
 * code is compared, so that of 50 parallel guesses at most five are ever compared. A right code gives
 * the count back; the fifth wrong one locks.
 */
export class CodeGuards {
  /** Counts one try for every key; refused when any key is locked or has no try left in its window. */
  async count(em: EntityManager, keys: string[], now: Date): Promise<GuardVerdict> {
    const floor = new Date(now.getTime() - CODE_FAILURE_WINDOW_MS);
    let remaining = CODE_FAILURE_LIMIT;
    for (const key of keys) {
      await (em as SqlEntityManager).createQueryBuilder(CodeGuard).insert({ key, failures: 0, windowStart: now, lockouts: 0 }).onConflict('key').ignore().execute();
      const platform = em.getPlatform();
      const stale = `${platform.quoteIdentifier('window_start')} <= ?`;
      const counted = await em.nativeUpdate(
        CodeGuard,
        {
          key,
          $and: [{ $or: [{ lockedUntil: null }, { lockedUntil: { $lte: now } }] }, { $or: [{ windowStart: { $lte: floor } }, { failures: { $lt: CODE_FAILURE_LIMIT } }] }],
        },
        {
          failures: raw(`case when ${stale} then 1 else ${platform.quoteIdentifier('failures')} + 1 end`, [platform.processDateProperty(floor)]),
          windowStart: raw(`case when ${stale} then ? else ${platform.quoteIdentifier('window_start')} end`, [platform.processDateProperty(floor), platform.processDateProperty(now)]),
        },
      );
      const guard = await em.findOneOrFail(CodeGuard, { key }, { disableIdentityMap: true });
      if (counted !== 1) {
        const until = guard.lockedUntil && guard.lockedUntil > now ? guard.lockedUntil : new Date(guard.windowStart.getTime() + CODE_FAILURE_WINDOW_MS);
        return { allowed: false, retryAfterSeconds: secondsUntil(until, now) };
      }
      remaining = Math.min(remaining, CODE_FAILURE_LIMIT - guard.failures);
    }
    return { allowed: true, remaining };
  }

  /**
   * A right code: on the keys it proves (`provenKeys`) the count and its escalation start over; on
   * the others only the try it was counted as is given back, so they go on counting wrong codes.
   */
  async succeeded(em: EntityManager, keys: string[], proven: string[]): Promise<void> {
    const others = keys.filter((key) => !proven.includes(key));
    if (proven.length) await em.nativeUpdate(CodeGuard, { key: { $in: proven } }, { failures: 0, lockouts: 0 });
    if (others.length) await em.nativeUpdate(CodeGuard, { key: { $in: others }, failures: { $gt: 0 } }, { failures: raw(`${em.getPlatform().quoteIdentifier('failures')} - 1`) });
  }

  /**
   * A wrong code, already counted: when it was the last try of the window, the key is locked (15
   * minutes, doubling up to two hours). Returns the locks this call made, so the holder is told once.
   */
  async failed(em: EntityManager, keys: string[], now: Date): Promise<{ key: string; minutes: number }[]> {
    const locked: { key: string; minutes: number }[] = [];
    for (const key of keys) {
      const guard = await em.findOne(CodeGuard, { key }, { disableIdentityMap: true });
      if (!guard || guard.failures < CODE_FAILURE_LIMIT) continue;
      const duration = Math.min(CODE_LOCK_BASE_MS * 2 ** guard.lockouts, CODE_LOCK_MAX_MS);
      const done = await em.nativeUpdate(
        CodeGuard,
        { key, failures: { $gte: CODE_FAILURE_LIMIT }, $or: [{ lockedUntil: null }, { lockedUntil: { $lte: now } }] },
        { lockedUntil: new Date(now.getTime() + duration), lockouts: guard.lockouts + 1, failures: 0, windowStart: now },
      );
      if (done === 1) locked.push({ key, minutes: duration / MINUTE });
    }
    return locked;
  }

  /** Seconds left of a lock on this key, or null when it is not locked (to stop sending codes that cannot be used). */
  async lockedFor(em: EntityManager, key: string, now: Date): Promise<number | null> {
    const guard = await em.findOne(CodeGuard, { key, lockedUntil: { $gt: now } }, { disableIdentityMap: true });
    return guard?.lockedUntil ? secondsUntil(guard.lockedUntil, now) : null;
  }
}
