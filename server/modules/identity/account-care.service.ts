import { DAY, MINUTE, addMs } from '../../shared/clock';
import type { Actor, RequestMeta } from '../../shared/context';
import { FieldErrors, UserInputError } from '../../shared/errors';
import { Language, localize } from '../../shared/i18n';
import type { Deps } from '../../shared/module';
import { maskMobile, parseMobile, parseNationalId } from '../../shared/normalize';
import type { PageRequest } from '../../shared/connection';
import type { Transaction, UnitOfWork } from '../../shared/unit-of-work';
import { AuditEvent, AuditEventType, audit } from '../audit';
import { Account, LoginSession, SessionEndReason } from './account.entity';
import type { AccountCareErrorCode } from './account-care.errors';
import { accountCareTexts } from './account-care.texts';
import type { CaptchaAnswer, Captchas } from './captcha';
import { Challenge, ChallengePurpose } from './challenge.entity';
import type { Codes } from './codes';
import type { IdentityErrorCode } from './identity.errors';
import { checkPassword, parseEmail } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';
import type { Sessions } from './sessions';

/** How long a re-authentication (password and SMS code again) lets a session change contact details. */
export const REAUTHENTICATION_WINDOW_MS = 10 * MINUTE;
const EMAIL_CHANGE_TOKEN_TYPE = 'email-change+jwt';
const EMAIL_CHANGE_AUDIENCE = 'absher-email-change';
const EMAIL_CHANGE_TTL_MS = 2 * DAY;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Code = AccountCareErrorCode | IdentityErrorCode;
const fail = (field: string, code: Code) => new UserInputError<Code>([{ field, code }]);

/** What a person sees of their own history in `myActivity`: security events, not e-service traffic. */
export const SECURITY_EVENT_TYPES = Object.values(AuditEventType).filter((t) => t !== AuditEventType.REQUEST_SUBMITTED && t !== AuditEventType.BILL_PAID);

/**
 * Account care (SPEC §3): forgotten password, password change, re-authentication, change of
 * e-mail and mobile, the sessions list and the security history. Each public method is one user
 * action: it commits everything or, refusing with `UserInputError`, writes nothing (an SMS code's
 * counted attempt excepted, by design).
 */
export class AccountCareService {
  constructor(private readonly deps: Deps<'config' | 'clock' | 'keys' | 'messenger' | 'rateLimits'> & { captchas: Captchas; codes: Codes; sessions: Sessions }) {}

  /**
   * Forgotten password, step 1. Whether or not the ID and mobile belong to an account, the answer,
   * the rows written and the limits counted are the same; only a real owner's phone gets a code.
   */
  async requestPasswordReset(work: UnitOfWork, input: { nationalId: string; mobile: string } & CaptchaAnswer, meta: RequestMeta): Promise<Challenge> {
    const errors = new FieldErrors<Code>();
    const nationalId = parseNationalId(input.nationalId);
    if (!nationalId) errors.add('nationalId', 'INVALID_NATIONAL_ID');
    const mobile = parseMobile(input.mobile);
    if (!mobile) errors.add('mobile', 'MOBILE_INVALID');
    // A malformed ID or mobile leaves the image code unspent, to be sent again with the correction.
    const missing = this.deps.captchas.missing(input);
    if (missing) errors.add(missing.field, missing.code);
    errors.throwIfAny();
    const refused = await this.deps.captchas.spend(work.em, input);
    if (refused) throw new UserInputError<Code>([refused]);
    // Only what the answer needs, and kept out of the unit of work: a loaded account (and its person)
    // would make this request's flush compare them, and a match would answer later than a mismatch.
    const owner = await work.em.findOne(
      Account,
      { person: { nationalId: nationalId!, deceased: false }, mobile: mobile! },
      { fields: ['id', 'mobile', 'preferredLanguage'], disableIdentityMap: true },
    );
    // While wrong codes keep the owner's reset step locked, the answer stays the same but no code is
    // sent. The lock is read on both paths (for a mismatch, the one guarding its decoy): a match must
    // not cost one query more, or the time of the answer would tell which mobile is the registered one.
    const locked = (await this.deps.codes.stepLockedFor(work.em, { purpose: ChallengePurpose.PASSWORD_RESET, accountId: owner?.id ?? null, mobile: mobile!, nationalId: nationalId! })) !== null;
    const now = this.deps.clock.now();
    return work.transaction(async (tx) => {
      await this.deps.rateLimits.sms(mobile!, meta.clientAddress, meta.lang);
      const language = owner?.preferredLanguage ?? meta.lang;
      const { challenge, code } = this.deps.codes.create(tx.em, {
        purpose: ChallengePurpose.PASSWORD_RESET,
        mobile: mobile!,
        accountId: owner?.id,
        nationalId: nationalId!,
        language,
        decoy: !owner || locked,
        clientAddress: meta.clientAddress,
      });
      audit(tx.em, { type: AuditEventType.PASSWORD_RESET_REQUESTED, accountId: owner?.id ?? null, clientAddress: meta.clientAddress, at: now, detail: { matched: !!owner } });
      if (owner && !locked) this.deps.messenger.sms(tx, { to: owner.mobile, text: localize(accountCareTexts.PASSWORD_RESET_CODE, language, { code }), language });
      return challenge;
    });
  }

  /** Forgotten password, step 2: the code and a new password end every session of the account. */
  async resetPassword(work: UnitOfWork, input: { challengeId: string; code: string; newPassword: string; newPasswordConfirmation: string }, meta: RequestMeta): Promise<void> {
    const challenge = await this.deps.codes.verify(work.em, input.challengeId, ChallengePurpose.PASSWORD_RESET, input.code);
    const account = await work.em.findOneOrFail(Account, challenge.accountId!, { populate: ['person'] });
    // The code is checked (and counted) first; a refused password leaves it usable for another try.
    this.checkNewPassword(account, input.newPassword, input.newPasswordConfirmation);
    const passwordHash = await hashPassword(input.newPassword);
    await work.transaction(async (tx) => {
      if (!(await this.deps.codes.consume(tx.em, challenge))) throw fail('code', 'CHALLENGE_NOT_FOUND');
      await this.setPassword(tx, account.id, passwordHash, null, 'reset', meta);
    });
  }

  /** A signed-in person changes their password; their other sessions end. */
  async changePassword(work: UnitOfWork, actor: Actor, input: { currentPassword: string; newPassword: string; newPasswordConfirmation: string }, meta: RequestMeta): Promise<void> {
    const account = await work.em.findOneOrFail(Account, actor.accountId, { populate: ['person'] });
    await this.checkCurrentPassword(account, input.currentPassword, 'currentPassword', meta);
    this.checkNewPassword(account, input.newPassword, input.newPasswordConfirmation);
    const passwordHash = await hashPassword(input.newPassword);
    await work.transaction((tx) => this.setPassword(tx, account.id, passwordHash, actor.sessionId, 'change', meta));
  }

  /** Re-authentication, step 1: the password again, then a code to the registered mobile. */
  async reauthenticate(work: UnitOfWork, actor: Actor, password: string, meta: RequestMeta): Promise<Challenge> {
    const account = await work.em.findOneOrFail(Account, actor.accountId);
    await this.checkCurrentPassword(account, password, 'password', meta);
    return work.transaction(async (tx) => {
      await this.deps.rateLimits.sms(account.mobile, meta.clientAddress, meta.lang);
      const { challenge, code } = this.deps.codes.create(tx.em, {
        purpose: ChallengePurpose.REAUTHENTICATION,
        mobile: account.mobile,
        accountId: account.id,
        language: account.preferredLanguage,
        clientAddress: meta.clientAddress,
      });
      this.deps.messenger.sms(tx, { to: account.mobile, text: localize(accountCareTexts.REAUTHENTICATION_CODE, account.preferredLanguage, { code }), language: account.preferredLanguage });
      return challenge;
    });
  }

  /** Re-authentication, step 2: the code marks this session (only) as recently re-authenticated. */
  async verifyReauthentication(work: UnitOfWork, actor: Actor, challengeId: string, code: string, meta: RequestMeta): Promise<Date> {
    const challenge = await this.ownChallenge(work, actor, challengeId, ChallengePurpose.REAUTHENTICATION, code);
    const now = this.deps.clock.now();
    await work.transaction(async (tx) => {
      if (!(await this.deps.codes.consume(tx.em, challenge))) throw fail('code', 'CHALLENGE_NOT_FOUND');
      await tx.em.nativeUpdate(LoginSession, { id: actor.sessionId }, { reauthenticatedAt: now });
      audit(tx.em, { type: AuditEventType.REAUTHENTICATED, accountId: actor.accountId, clientAddress: meta.clientAddress, at: now });
    });
    return addMs(now, REAUTHENTICATION_WINDOW_MS);
  }

  /** Sends a confirmation link to the new address (and a notice to the old one); nothing changes until it is opened. */
  async changeEmail(work: UnitOfWork, actor: Actor, input: { newEmail: string; newEmailConfirmation: string }, meta: RequestMeta): Promise<void> {
    await this.requireRecentReauthentication(work, actor);
    const account = await work.em.findOneOrFail(Account, actor.accountId);
    const email = parseEmail(input.newEmail);
    if (!email) throw fail('newEmail', 'EMAIL_INVALID');
    if (parseEmail(input.newEmailConfirmation) !== email) throw fail('newEmailConfirmation', 'EMAIL_MISMATCH');
    if (email === account.email) throw fail('newEmail', 'SAME_EMAIL');
    const now = this.deps.clock.now();
    // `prev` binds the link to the address it replaces: once used, or after another change, it is void.
    const token = await this.deps.keys.sign(
      { sub: account.id, email, prev: account.email, iss: this.deps.config.publicUrl, aud: EMAIL_CHANGE_AUDIENCE },
      EMAIL_CHANGE_TOKEN_TYPE,
      addMs(now, EMAIL_CHANGE_TTL_MS),
      now,
    );
    const lang = account.preferredLanguage;
    await work.transaction(async (tx) => {
      audit(tx.em, { type: AuditEventType.EMAIL_CHANGE_REQUESTED, accountId: account.id, clientAddress: meta.clientAddress, at: now });
      this.deps.messenger.email(tx, {
        to: email,
        subject: localize(accountCareTexts.EMAIL_CHANGE_SUBJECT, lang),
        text: localize(accountCareTexts.EMAIL_CHANGE_BODY, lang, { link: `${this.deps.config.publicUrl}/confirm-email-change?token=${token}` }),
        language: lang,
      });
      this.deps.messenger.email(tx, {
        to: account.email,
        subject: localize(accountCareTexts.EMAIL_CHANGE_NOTICE_SUBJECT, lang),
        text: localize(accountCareTexts.EMAIL_CHANGE_NOTICE_BODY, lang, { email }),
        language: lang,
      });
    });
  }

  async confirmEmailChange(work: UnitOfWork, token: string): Promise<void> {
    let payload;
    try {
      payload = await this.deps.keys.verify(token, { typ: EMAIL_CHANGE_TOKEN_TYPE, issuer: this.deps.config.publicUrl, audience: EMAIL_CHANGE_AUDIENCE, currentDate: this.deps.clock.now() });
    } catch {
      throw fail('token', 'LINK_INVALID');
    }
    await work.transaction(async (tx) => {
      const account = await tx.em.findOne(Account, String(payload.sub));
      if (!account || account.email !== payload.prev || typeof payload.email !== 'string') throw fail('token', 'LINK_INVALID');
      account.email = payload.email;
      account.emailVerified = true;
      audit(tx.em, { type: AuditEventType.EMAIL_CHANGED, accountId: account.id, at: this.deps.clock.now() });
    });
  }

  /** Sends a code to the new mobile, which must be one the registry links to the account's ID. */
  async changeMobile(work: UnitOfWork, actor: Actor, newMobile: string, meta: RequestMeta): Promise<Challenge> {
    await this.requireRecentReauthentication(work, actor);
    const account = await work.em.findOneOrFail(Account, actor.accountId, { populate: ['person'] });
    const mobile = parseMobile(newMobile);
    if (!mobile) throw fail('newMobile', 'MOBILE_INVALID');
    if (mobile === account.mobile) throw fail('newMobile', 'SAME_MOBILE');
    if (!account.person.getEntity().mobiles.includes(mobile)) throw fail('newMobile', 'MOBILE_NOT_LINKED');
    return work.transaction(async (tx) => {
      await this.deps.rateLimits.sms(mobile, meta.clientAddress, meta.lang);
      const { challenge, code } = this.deps.codes.create(tx.em, {
        purpose: ChallengePurpose.MOBILE_CHANGE,
        mobile,
        accountId: account.id,
        language: account.preferredLanguage,
        clientAddress: meta.clientAddress,
      });
      this.deps.messenger.sms(tx, { to: mobile, text: localize(accountCareTexts.MOBILE_CHANGE_CODE, account.preferredLanguage, { code }), language: account.preferredLanguage });
      return challenge;
    });
  }

  /** The code from the new mobile makes it the registered one; the old number is told. */
  async verifyMobileChange(work: UnitOfWork, actor: Actor, challengeId: string, code: string, meta: RequestMeta): Promise<Account> {
    const challenge = await this.ownChallenge(work, actor, challengeId, ChallengePurpose.MOBILE_CHANGE, code);
    return work.transaction(async (tx) => {
      if (!(await this.deps.codes.consume(tx.em, challenge))) throw fail('code', 'CHALLENGE_NOT_FOUND');
      const account = await tx.em.findOneOrFail(Account, actor.accountId);
      const previous = account.mobile;
      account.mobile = challenge.mobile;
      audit(tx.em, { type: AuditEventType.MOBILE_CHANGED, accountId: account.id, clientAddress: meta.clientAddress, at: this.deps.clock.now(), detail: { to: maskMobile(challenge.mobile) } });
      const lang = account.preferredLanguage;
      this.deps.messenger.sms(tx, { to: previous, text: localize(accountCareTexts.MOBILE_CHANGED, lang, { mobile: maskMobile(challenge.mobile) }), language: lang });
      return account;
    });
  }

  /** From the next request on, the server answers this account (messages, SMS, e-mail) in `language`. */
  async changePreferredLanguage(work: UnitOfWork, actor: Actor, language: Language): Promise<Account> {
    return work.transaction(async (tx) => {
      const account = await tx.em.findOneOrFail(Account, actor.accountId);
      account.preferredLanguage = language;
      return account;
    });
  }

  /** The account's live sessions: not ended, within their lifetime and not idle too long. */
  async mySessions(work: UnitOfWork, actor: Actor): Promise<LoginSession[]> {
    const now = this.deps.clock.now();
    return work.em.find(
      LoginSession,
      {
        account: actor.accountId,
        endedAt: null,
        absoluteExpiresAt: { $gt: now },
        lastUsedAt: { $gt: addMs(now, -this.deps.config.session.idleMinutes * MINUTE) },
      },
      { orderBy: { lastUsedAt: 'desc', id: 'asc' } },
    );
  }

  async revokeSession(work: UnitOfWork, actor: Actor, sessionId: string, meta: RequestMeta): Promise<void> {
    if (!UUID.test(sessionId)) throw fail('id', 'SESSION_NOT_FOUND');
    await work.transaction(async (tx) => {
      const owned = await tx.em.count(LoginSession, { id: sessionId, account: actor.accountId, endedAt: null });
      if (!owned || !(await this.deps.sessions.end(tx, sessionId, SessionEndReason.REVOKED))) throw fail('id', 'SESSION_NOT_FOUND');
      audit(tx.em, {
        type: AuditEventType.SESSION_REVOKED,
        accountId: actor.accountId,
        clientAddress: meta.clientAddress,
        at: this.deps.clock.now(),
        detail: { current: sessionId === actor.sessionId },
      });
    });
  }

  async revokeOtherSessions(work: UnitOfWork, actor: Actor, meta: RequestMeta): Promise<number> {
    const ended = await work.transaction(async (tx) => {
      const ids = await this.endSessions(tx, actor.accountId, actor.sessionId, SessionEndReason.REVOKED);
      if (ids.length) audit(tx.em, { type: AuditEventType.SESSION_REVOKED, accountId: actor.accountId, clientAddress: meta.clientAddress, at: this.deps.clock.now(), detail: { count: ids.length } });
      return ids;
    });
    return ended.length;
  }

  /** The account's security history, newest first, as a cursor page. */
  /** A page of the account's security history, newest first (`limit + 1` events, in the direction asked). */
  async myActivity(work: UnitOfWork, accountId: string, page: PageRequest<[number]>): Promise<AuditEvent[]> {
    const forward = page.direction === 'forward';
    const id: Record<string, number> = {};
    if (page.from) id[forward ? '$lt' : '$gt'] = page.from[0];
    if (page.to) id[forward ? '$gt' : '$lt'] = page.to[0];
    return work.em.find(
      AuditEvent,
      { accountId, type: { $in: SECURITY_EVENT_TYPES }, ...(Object.keys(id).length ? { id } : {}) },
      { orderBy: { id: forward ? 'desc' : 'asc' }, limit: page.limit + 1 },
    );
  }

  /** The account's security events among `ids` (what `node(id:)` may show). */
  async myEventsByIds(work: UnitOfWork, accountId: string, ids: readonly number[]): Promise<AuditEvent[]> {
    return work.em.find(AuditEvent, { id: { $in: [...ids] }, accountId, type: { $in: SECURITY_EVENT_TYPES } });
  }

  /** Also guards unlinking the national single sign-on (modules/sso). */
  async requireRecentReauthentication(work: UnitOfWork, actor: Actor): Promise<void> {
    const session = await work.em.findOne(LoginSession, actor.sessionId, { disableIdentityMap: true });
    const at = session?.reauthenticatedAt?.getTime();
    if (at === undefined || this.deps.clock.now().getTime() - at > REAUTHENTICATION_WINDOW_MS) throw fail('', 'REAUTHENTICATION_REQUIRED');
  }

  private async ownChallenge(work: UnitOfWork, actor: Actor, challengeId: string, purpose: ChallengePurpose, code: string): Promise<Challenge> {
    // Someone else's challenge id answers like an unknown one, before any attempt is counted on it.
    if (!UUID.test(challengeId) || !(await work.em.count(Challenge, { id: challengeId, accountId: actor.accountId, purpose }))) throw fail('code', 'CHALLENGE_NOT_FOUND');
    return this.deps.codes.verify(work.em, challengeId, purpose, code);
  }

  /**
   * Checks a signed-in person's current password. Failures count per account so that a stolen
   * session cannot be used to guess the password.
   */
  async checkCurrentPassword(account: Account, password: string, field: string, meta: RequestMeta): Promise<void> {
    await this.deps.rateLimits.check('password-check-account', account.id, meta.lang);
    if (await verifyPassword(account.passwordHash, password)) return;
    await this.deps.rateLimits.consume('password-check-account', account.id, meta.lang).catch(() => undefined);
    throw fail(field, 'CURRENT_PASSWORD_WRONG');
  }

  private checkNewPassword(account: Account, password: string, confirmation: string): void {
    const errors = new FieldErrors<Code>();
    const problem = checkPassword(password, { username: account.username, nationalId: account.person.getEntity().nationalId, email: account.email });
    if (problem) errors.add('newPassword', problem);
    if (password !== confirmation) errors.add('newPasswordConfirmation', 'PASSWORD_MISMATCH');
    errors.throwIfAny();
  }

  /** Stores the new hash, lifts any lock, ends every session but `keep`, records and tells the owner. */
  private async setPassword(tx: Transaction, accountId: string, passwordHash: string, keep: string | null, via: 'reset' | 'change', meta: RequestMeta): Promise<string[]> {
    const account = await tx.em.findOneOrFail(Account, accountId);
    const now = this.deps.clock.now();
    account.passwordHash = passwordHash;
    account.passwordChangedAt = now;
    account.lockedUntil = null;
    account.lockouts = 0;
    const ended = await this.endSessions(tx, accountId, keep, SessionEndReason.PASSWORD_CHANGED);
    audit(tx.em, { type: AuditEventType.PASSWORD_CHANGED, accountId, clientAddress: meta.clientAddress, at: now, detail: { via, sessionsEnded: ended.length } });
    this.deps.messenger.sms(tx, { to: account.mobile, text: localize(accountCareTexts.PASSWORD_CHANGED, account.preferredLanguage), language: account.preferredLanguage });
    return ended;
  }

  private async endSessions(tx: Transaction, accountId: string, keep: string | null, reason: SessionEndReason): Promise<string[]> {
    const live = await tx.em.find(LoginSession, { account: accountId, endedAt: null, ...(keep ? { id: { $ne: keep } } : {}) }, { fields: ['id'] });
    const ended: string[] = [];
    for (const { id } of live) if (await this.deps.sessions.end(tx, id, reason)) ended.push(id);
    return ended;
  }
}
