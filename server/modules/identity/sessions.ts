import { EntityManager } from '@mikro-orm/core';
import { Clock, HOUR, MINUTE, addMs } from '../../shared/clock';
import { sha256 } from '../../shared/crypto';
import { Random } from '../../shared/random';
import { AuditEventType } from '../audit/audit-event.entity';
import { audit } from '../audit/audit';
import { Account, LoginSession, RefreshToken, SessionEndReason } from './account.entity';
import { AccessTokens } from './tokens';

export interface ClientMeta {
  clientAddress: string;
  userAgent?: string;
}

export interface IssuedSession {
  sessionId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/**
 * Sessions and their refresh-token families (SPEC §3): opaque 256-bit refresh tokens stored as
 * SHA-256, rotated on every use; presenting a used one ends the whole session, because either
 * the holder or a thief is replaying it. Idle timeout and absolute lifetime bound each session.
 */
export class Sessions {
  /** Session ids known to be active, and until when that answer may be trusted without a query. */
  private readonly activeUntil = new Map<string, number>();
  private static readonly ACTIVE_CACHE_MS = 15_000;

  constructor(
    private readonly tokens: AccessTokens,
    private readonly random: Random,
    private readonly clock: Clock,
    private readonly policy: { idleMinutes: number; absoluteHours: number },
  ) {}

  async start(tx: EntityManager, account: Account, meta: ClientMeta): Promise<IssuedSession> {
    const now = this.clock.now();
    const session = tx.create(LoginSession, {
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
   */
  async refresh(tx: EntityManager, presented: string, meta: ClientMeta): Promise<{ issued: IssuedSession; accountId: string } | null> {
    const now = this.clock.now();
    if (!/^[A-Za-z0-9_-]{43}$/.test(presented)) return null;
    const row = await tx.findOne(RefreshToken, sha256(presented), { populate: ['session'] });
    if (!row) return null;
    const session = row.session.getEntity();
    const accountId = session.account.id;
    if (session.endedAt) return null;
    // Claim the token atomically: of two requests presenting it, exactly one wins; the other is
    // a reuse, which ends the family.
    const claimed = row.usedAt ? 0 : await tx.nativeUpdate(RefreshToken, { tokenHash: row.tokenHash, usedAt: null }, { usedAt: now });
    if (claimed !== 1) {
      await this.end(tx, session.id, SessionEndReason.REFRESH_REUSE);
      audit(tx, { type: AuditEventType.REFRESH_TOKEN_REUSED, accountId, clientAddress: meta.clientAddress, at: now });
      return null;
    }
    if (row.expiresAt <= now || session.absoluteExpiresAt <= now) return null;
    session.lastUsedAt = now;
    const issued = await this.issue(tx, session, now);
    return { issued, accountId };
  }

  /** Whose session a refresh token (used or not) belongs to; null for a token never issued. */
  async ownerOfRefreshToken(em: EntityManager, presented: string): Promise<{ sessionId: string; accountId: string } | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(presented)) return null;
    const row = await em.findOne(RefreshToken, sha256(presented), { populate: ['session'] });
    return row ? { sessionId: row.session.id, accountId: row.session.getEntity().account.id } : null;
  }

  /**
   * Called with the id of every session this instance ends, so other instances can forget it
   * at once (the Redis bus publishes it; see server/shared/bus.ts).
   */
  onEnded: (sessionId: string) => void = () => {};

  /** Drops what this instance remembers about a session another instance ended. */
  forget(sessionId: string): void {
    this.activeUntil.delete(sessionId);
  }

  async end(em: EntityManager, sessionId: string, reason: SessionEndReason): Promise<boolean> {
    this.activeUntil.delete(sessionId);
    this.onEnded(sessionId);
    const ended = await em.nativeUpdate(LoginSession, { id: sessionId, endedAt: null }, { endedAt: this.clock.now(), endReason: reason });
    return ended === 1;
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

  private async issue(tx: EntityManager, session: LoginSession, now: Date): Promise<IssuedSession> {
    const refreshToken = this.random.token(32);
    const refreshTokenExpiresAt = new Date(Math.min(now.getTime() + this.policy.idleMinutes * MINUTE, session.absoluteExpiresAt.getTime()));
    tx.create(RefreshToken, { tokenHash: sha256(refreshToken), session, createdAt: now, expiresAt: refreshTokenExpiresAt });
    const access = await this.tokens.issue(session.account.id, session.id, now);
    return {
      sessionId: session.id,
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt,
    };
  }
}
