import { MINUTE } from '../../shared/clock';
import { defineModule } from '../../shared/module';
import { Account, LoginSession, RefreshGrace, RefreshToken } from './account.entity';
import { securityEventOf, sessionInfoOf } from './account-care.payloads';
import { AccountCareResolver } from './account-care.resolver';
import { AccountCareService } from './account-care.service';
import { BearerAuthenticator } from './authenticator';
import { registerDemoPeopleRoute } from './dev-demo-people';
import { Captchas } from './captcha';
import { registerCaptchaAudioRoute } from './captcha-audio.route';
import { CaptchaCode, Challenge } from './challenge.entity';
import { CodeGuard } from './code-guard';
import { Codes } from './codes';
import { CurrentAccounts } from './current-account';
import { AccountResolver, IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { Sessions } from './sessions';
import { AccessTokens } from './tokens';

/**
 * Accounts and who is asking: registration, log-in with password and SMS code, sessions and their
 * tokens, image codes, and account care (forgotten password, contacts, sessions list, history).
 */
export const identity = defineModule({
  name: 'identity',
  entities: [Account, LoginSession, RefreshToken, RefreshGrace, Challenge, CaptchaCode, CodeGuard],
  needs: ['config', 'clock', 'random', 'keys', 'hasher', 'appSecrets', 'bus', 'messenger', 'rateLimits', 'work', 'ids', 'orm'],
  provide: (deps) => {
    const accessTokens = new AccessTokens(deps.keys, deps.config.publicUrl, deps.config.accessTokenTtlSeconds);
    const sessions = new Sessions({ ...deps, accessTokens });
    const currentAccounts = new CurrentAccounts(deps);
    // Every flush of the app's ORM tells it which accounts and people changed.
    deps.orm.em.getEventManager().registerSubscriber(currentAccounts);
    const captchas = new Captchas(deps);
    // The lock notice is the identity service's, built just below, before any code can be verified.
    const codes: Codes = new Codes(deps, (em, challenge, lock): Promise<void> => service.codeStepLocked(em, challenge, lock));
    const service: IdentityService = new IdentityService({ ...deps, captchas, codes, sessions, currentAccounts });
    return {
      accessTokens,
      sessions,
      currentAccounts,
      captchas,
      codes,
      identity: service,
      accountCare: new AccountCareService({ ...deps, captchas, codes, sessions }),
      authenticator: new BearerAuthenticator({ accessTokens, sessions, currentAccounts }),
    };
  },
  resolvers: [IdentityResolver, AccountResolver, AccountCareResolver],
  nodes: ({ identity, accountCare, ids }) => ({
    // Only one's own account, sessions and security history.
    Account: async (ctx, keys) => Promise.all(keys.map((key) => (ctx.actor?.accountId === key ? identity.account(ctx.work, key) : null))),
    SessionInfo: async (ctx, keys) => {
      const actor = ctx.actor;
      if (!actor) return keys.map(() => null);
      const sessions = await accountCare.mySessions(ctx.work, actor);
      return keys.map((key) => {
        const session = sessions.find((s) => s.id === key);
        return session ? sessionInfoOf(ids, session, actor) : null;
      });
    },
    SecurityEvent: async (ctx, keys) => {
      if (!ctx.actor) return keys.map(() => null);
      const events = await accountCare.myEventsByIds(ctx.work, ctx.actor.accountId, keys.filter((k) => /^\d{1,9}$/.test(k)).map(Number));
      return keys.map((key) => {
        const event = events.find((e) => String(e.id) === key);
        return event ? securityEventOf(ids, event) : null;
      });
    },
  }),
  jobs: ({ sessions, work }) => [{ name: 'refresh-grace-purge', everyMs: MINUTE, run: async () => void (await sessions.purgeGrace(work.begin().em)) }],
  routes: (http, deps) => {
    // The image code's spoken digits: plain HTTP, for an <audio> element.
    registerCaptchaAudioRoute(http, deps);
    // The explorer's "sign in as a demo person" (development with the SMS outbox only).
    if (deps.config.env === 'development' && deps.config.sms.gateway === 'outbox') registerDemoPeopleRoute(http, deps);
  },
});
