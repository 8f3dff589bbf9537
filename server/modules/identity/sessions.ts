import type { EntityManager } from '@mikro-orm/core';
import { HOUR, MINUTE, addMs } from '../../shared/clock';
import type { ClientMeta } from '../../shared/context';
import { sha256 } from '../../shared/crypto';
import type { Deps } from '../../shared/module';
import type { Transaction } from '../../shared/unit-of-work';
import { AuditEventType, audit } from '../audit';
import { Account, LoginSession, RefreshGrace, RefreshToken, SessionEndReason } from './account.entity';
import { openPair, REFRESH_GRACE_MS, sealPair, type IssuedSession } from './refresh-grace';
import type { AccessTokens } from './tokens';

export type { IssuedSession };

/**
 * Sessions and their refresh-token families (SPEC §3): opaque 256-bit refresh tokens stored as
 * SHA-256, rotated on every use; presenting a used one ends the whole session, because either
 * the holder or a thief is replaying it — unless it comes back within seconds of its trade, which
 * answers that trade's pair (see `refresh`). Idle timeout and absolute lifetime bound each session.
 */
export class Sessions {
  /** Session ids known to be active, and until when that answer may be trusted without a query. */
  private readonly activeUntil = new Map<string, number>();
  private static readonly ACTIVE_CACHE_MS = 15_000;

  private readonly policy: { idleMinutes: number; absoluteHours: number };

  constructor(private readonly deps: Deps<'config' | 'random' | 'clock' | 'bus'> & { accessTokens: AccessTokens }) {
    this.policy = deps.config.session;
    // Another instance ended a session: forget that it was live here too.
    deps.bus.onSessionEnded((sessionId) => this.forget(sessionId));
  }

  private get clock() {
    return this.deps.clock;
  }

  async start(tx: Transaction, account: Account, meta: ClientMeta): Promise<IssuedSession> {
    const now = this.clock.now();
    const session = tx.em.create(LoginSession, {
      account,
      createdAt: now,
      lastUsedAt: now,
      absoluteExpiresAt: addMs(now, this.policy.absoluteHours * HOUR),
      userAgent: meta.userAgent?.slice(0, 256) ?? null,
      clientAddress: meta.clientAddress,
    });
    return this.issue(tx, session, now);
  }

  /**
   * Trades a refresh token for a new pair, or answers null when it cannot be used. Runs in the
   * caller's transaction, which must commit either way: ending a family on reuse is a write.
   *
   * A token comes back within `REFRESH_GRACE_MS` of its trade (a second tab, a retry after a lost
   * answer): it answers the very pair the first trade gave, kept sealed for those seconds in the
   * database, so every instance agrees. After that, a used token is a replay — by the holder's stale
   * copy or by a thief — and ends the whole family.
   */
  async refresh(tx: Transaction, presented: string, meta: ClientMeta): Promise<{ issued: IssuedSession; accountId: string } | null> {
    const now = this.clock.now();
    if (!/^[A-Za-z0-9_-]{43}$/.test(presented)) return null;
    const tokenHash = sha256(presented);
    const row = await tx.em.findOne(RefreshToken, tokenHash, { populate: ['session'] });
    if (!row) return null;
    const session = row.session.getEntity();
    const accountId = session.account.id;
    if (session.endedAt) return null;
    // Claim the token atomically: of two requests presenting it, exactly one wins (on PostgreSQL the
    // other waits for the winner's commit and then matches nothing); the other gets the grace answer.
    const claimed = row.usedAt ? 0 : await tx.em.nativeUpdate(RefreshToken, { tokenHash, usedAt: null }, { usedAt: now });
    if (claimed === 1) {
      if (row.expiresAt <= now || session.absoluteExpiresAt <= now) return null;
      session.lastUsedAt = now;
      const issued = await this.issue(tx, session, now);
      // In the claim's transaction: whoever finds the token used finds this too.
      tx.em.create(RefreshGrace, { tokenHash, sealed: await sealPair(presented, issued), expiresAt: addMs(now, REFRESH_GRACE_MS) });
      return { issued, accountId };
    }
    const grace = await tx.em.findOne(RefreshGrace, { tokenHash, expiresAt: { $gt: now } }, { disableIdentityMap: true });
    const again = grace ? await openPair(presented, grace.sealed) : null;
    if (again) return { issued: again, accountId };
    await this.end(tx, session.id, SessionEndReason.REFRESH_REUSE);
    audit(tx.em, { type: AuditEventType.REFRESH_TOKEN_REUSED, accountId, clientAddress: meta.clientAddress, at: now });
    return null;
  }

  /** Drops the sealed pairs whose grace has passed (a job on every instance; harmless to run twice). */
  async purgeGrace(em: EntityManager): Promise<number> {
    return em.nativeDelete(RefreshGrace, { expiresAt: { $lte: this.clock.now() } });
  }

  /** Whose session a refresh token (used or not) belongs to; null for a token never issued. */
  async ownerOfRefreshToken(em: EntityManager, presented: string): Promise<{ sessionId: string; accountId: string } | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(presented)) return null;
    const row = await em.findOne(RefreshToken, sha256(presented), { populate: ['session'] });
    return row ? { sessionId: row.session.id, accountId: row.session.getEntity().account.id } : null;
  }

  /** Drops what this instance remembers about a session another instance ended. */
  forget(sessionId: string): void {
    this.activeUntil.delete(sessionId);
  }

  /**
   * Ends a session in `tx`. Once it has committed — never before, never if it rolls back — this
   * instance forgets the session was live (a request that read the row meanwhile may have cached it)
   * and every other instance is told (the Redis bus; see server/shared/bus.ts).
   */
  async end(tx: Transaction, sessionId: string, reason: SessionEndReason): Promise<boolean> {
    const ended = (await tx.em.nativeUpdate(LoginSession, { id: sessionId, endedAt: null }, { endedAt: this.clock.now(), endReason: reason })) === 1;
    if (ended) {
      tx.afterCommit(() => {
        this.forget(sessionId);
        this.deps.bus.publishSessionEnded(sessionId);
      });
    }
    return ended;
  }

  /** Whether access tokens of this session still count: ended sessions end their tokens too. */
  async isActive(em: EntityManager, sessionId: string): Promise<boolean> {
    const now = this.clock.now().getTime();
    const until = this.activeUntil.get(sessionId);
    if (until !== undefined && until > now) return true;
    const session = await em.findOne(LoginSession, { id: sessionId }, { fields: ['endedAt', 'absoluteExpiresAt'], disableIdentityMap: true });
    const active = !!session && !session.endedAt && session.absoluteExpiresAt.getTime() > now;
    if (active) {
      if (this.activeUntil.size > 50_000) this.activeUntil.clear();
      this.activeUntil.set(sessionId, now + Sessions.ACTIVE_CACHE_MS);
    } else this.activeUntil.delete(sessionId);
    return active;
  }

  private async issue(tx: Transaction, session: LoginSession, now: Date): Promise<IssuedSession> {
    const refreshToken = this.deps.random.token(32);
    const refreshTokenExpiresAt = new Date(Math.min(now.getTime() + this.policy.idleMinutes * MINUTE, session.absoluteExpiresAt.getTime()));
    tx.em.create(RefreshToken, { tokenHash: sha256(refreshToken), session, createdAt: now, expiresAt: refreshTokenExpiresAt });
    const access = await this.deps.accessTokens.issue(session.account.id, session.id, now);
    return {
      sessionId: session.id,
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt,
    };
  }
}
