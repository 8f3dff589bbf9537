import type { Authentication, Authenticator } from '../../shared/context';
import type { UnitOfWork } from '../../shared/unit-of-work';
import type { CurrentAccounts } from './current-account';
import type { Sessions } from './sessions';
import type { AccessTokens } from './tokens';

/**
 * Who a bearer token stands for: a valid access token of a live session whose account exists (both
 * answered from caches when warm: no SQL). Otherwise it says why not, and no more: an expired token
 * (only one whose signature held), a token that is not ours, or a session that has ended.
 */
export class BearerAuthenticator implements Authenticator {
  constructor(private readonly deps: { accessTokens: AccessTokens; sessions: Sessions; currentAccounts: CurrentAccounts }) {}

  async authenticate(work: UnitOfWork, bearerToken: string, now: Date): Promise<Authentication> {
    const claims = await this.deps.accessTokens.verify(bearerToken, now);
    if (typeof claims === 'string') return { failure: claims };
    if (!(await this.deps.sessions.isActive(work.em, claims.sessionId))) return { failure: 'SESSION_ENDED' };
    const current = await this.deps.currentAccounts.get(work.em, claims.accountId);
    // A live session of an account that is gone: nothing this token can still stand for.
    if (!current) return { failure: 'SESSION_ENDED' };
    const { account, person } = current;
    return { actor: { accountId: account.id, sessionId: claims.sessionId, nationalId: person.nationalId, preferredLanguage: account.preferredLanguage } };
  }
}
