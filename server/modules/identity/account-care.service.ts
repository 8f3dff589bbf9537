import { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config';
import type { Auth } from '../../context';
import { Clock, DAY, MINUTE, addMs } from '../../shared/clock';
import { FieldErrors, UserInputError } from '../../shared/errors';
import { Language, localize } from '../../shared/i18n';
import { maskMobile, parseMobile, parseNationalId } from '../../shared/normalize';
import { decodeIdCursor, encodeCursor, pageSize } from '../../shared/pagination';
import { AuditEvent, AuditEventType } from '../audit/audit-event.entity';
import { audit } from '../audit/audit';
import { Deliveries, Notifier } from '../notifications/notifier';
import type { RateLimits } from '../security/rate-limits';
import { Account, LoginSession, SessionEndReason } from './account.entity';
import type { AccountCareErrorCode } from './account-care.errors';
import { accountCareTexts } from './account-care.texts';
import { Captchas } from './captcha';
import { Challenge, ChallengePurpose } from './challenge.entity';
import { Codes } from './codes';
import type { IdentityErrorCode } from './identity.errors';
import type { RequestMeta } from './identity.service';
import { checkPassword, parseEmail } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';
import { Sessions } from './sessions';
import { SigningKeys } from './tokens';

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
  constructor(
    private readonly config: Config,
    private readonly clock: Clock,
    private readonly captchas: Captchas,
    private readonly codes: Codes,
    private readonly sessions: Sessions,
    private readonly keys: SigningKeys,
    private readonly notifier: Notifier,
    private readonly limits: RateLimits,
  ) {}

  /**
   * Forgotten password, step 1. Whether or not the ID and mobile belong to an account, the answer,
   * the rows written and the limits counted are the same; only a real owner's phone gets a code.
   */
  async requestPasswordReset(em: EntityManager, input: { nationalId: string; mobile: string; captchaId: string; captchaCode: string }, meta: RequestMeta): Promise<Challenge> {
    const errors = new FieldErrors<Code>();
    const nationalId = parseNationalId(input.nationalId);
    if (!nationalId) errors.add('nationalId', 'INVALID_NATIONAL_ID');
    const mobile = parseMobile(input.mobile);
    if (!mobile) errors.add('mobile', 'MOBILE_INVALID');
    if (!(await this.captchas.consume(em, input.captchaId, input.captchaCode))) errors.add('captchaCode', 'CAPTCHA_INVALID');
    errors.throwIfAny();
    const account = await em.findOne(Account, { person: nationalId!, mobile: mobile! }, { populate: ['person'] });
    const owner = account && !account.person.getEntity().deceased ? account : null;
    const now = this.clock.now();
    return this.notifier.transaction(em, async (tx, out) => {
      await this.limits.sms(mobile!, meta.clientAddress, meta.lang);
      const language = owner?.preferredLanguage ?? meta.lang;
      const { challenge, code } = this.codes.create(tx, {
        purpose: ChallengePurpose.PASSWORD_RESET,
        mobile: mobile!,
        accountId: owner?.id,
        language,
        decoy: !owner,
        clientAddress: meta.clientAddress,
      });
      audit(tx, { type: AuditEventType.PASSWORD_RESET_REQUESTED, accountId: owner?.id ?? null, clientAddress: meta.clientAddress, at: now, detail: { matched: !!owner } });
      if (owner) out.sms.push({ to: owner.mobile, text: localize(accountCareTexts.PASSWORD_RESET_CODE, language, { code }), language });
      return challenge;
    });
  }

  /** Forgotten password, step 2: the code and a new password end every session of the account. */
  async resetPassword(em: EntityManager, input: { challengeId: string; code: string; newPassword: string; newPasswordConfirmation: string }, meta: RequestMeta): Promise<void> {
    const challenge = await this.codes.verify(em, input.challengeId, ChallengePurpose.PASSWORD_RESET, input.code);
    const account = await em.findOneOrFail(Account, challenge.accountId!, { populate: ['person'] });
    // The code is checked (and counted) first; a refused password leaves it usable for another try.
    this.checkNewPassword(account, input.newPassword, input.newPasswordConfirmation);
    const passwordHash = await hashPassword(input.newPassword);
    const ended = await this.notifier.transaction(em, async (tx, out) => {
      if (!(await this.codes.consume(tx, challenge))) throw fail('code', 'CHALLENGE_NOT_FOUND');
      return this.setPassword(tx, account.id, passwordHash, null, 'reset', meta, out);
    });
    this.forget(ended);
  }

  /** A signed-in person changes their password; their other sessions end. */
  async changePassword(em: EntityManager, auth: Auth, input: { currentPassword: string; newPassword: string; newPasswordConfirmation: string }, meta: RequestMeta): Promise<void> {
    const account = await em.findOneOrFail(Account, auth.accountId, { populate: ['person'] });
    await this.checkCurrentPassword(account, input.currentPassword, 'currentPassword', meta);
    this.checkNewPassword(account, input.newPassword, input.newPasswordConfirmation);
    const passwordHash = await hashPassword(input.newPassword);
    const ended = await this.notifier.transaction(em, (tx, out) => this.setPassword(tx, account.id, passwordHash, auth.sessionId, 'change', meta, out));
    this.forget(ended);
  }

  /** Re-authentication, step 1: the password again, then a code to the registered mobile. */
  async reauthenticate(em: EntityManager, auth: Auth, password: string, meta: RequestMeta): Promise<Challenge> {
    const account = await em.findOneOrFail(Account, auth.accountId);
    await this.checkCurrentPassword(account, password, 'password', meta);
    return this.notifier.transaction(em, async (tx, out) => {
      await this.limits.sms(account.mobile, meta.clientAddress, meta.lang);
      const { challenge, code } = this.codes.create(tx, {
        purpose: ChallengePurpose.REAUTHENTICATION,
        mobile: account.mobile,
        accountId: account.id,
        language: account.preferredLanguage,
        clientAddress: meta.clientAddress,
      });
      out.sms.push({ to: account.mobile, text: localize(accountCareTexts.REAUTHENTICATION_CODE, account.preferredLanguage, { code }), language: account.preferredLanguage });
      return challenge;
    });
  }

  /** Re-authentication, step 2: the code marks this session (only) as recently re-authenticated. */
  async verifyReauthentication(em: EntityManager, auth: Auth, challengeId: string, code: string, meta: RequestMeta): Promise<Date> {
    const challenge = await this.ownChallenge(em, auth, challengeId, ChallengePurpose.REAUTHENTICATION, code);
    const now = this.clock.now();
    await this.notifier.transaction(em, async (tx) => {
      if (!(await this.codes.consume(tx, challenge))) throw fail('code', 'CHALLENGE_NOT_FOUND');
      await tx.nativeUpdate(LoginSession, { id: auth.sessionId }, { reauthenticatedAt: now });
      audit(tx, { type: AuditEventType.REAUTHENTICATED, accountId: auth.accountId, clientAddress: meta.clientAddress, at: now });
    });
    return addMs(now, REAUTHENTICATION_WINDOW_MS);
  }

  /** Sends a confirmation link to the new address (and a notice to the old one); nothing changes until it is opened. */
  async changeEmail(em: EntityManager, auth: Auth, input: { newEmail: string; newEmailConfirmation: string }, meta: RequestMeta): Promise<void> {
    await this.requireRecentReauthentication(em, auth);
    const account = await em.findOneOrFail(Account, auth.accountId);
    const email = parseEmail(input.newEmail);
    if (!email) throw fail('newEmail', 'EMAIL_INVALID');
    if (parseEmail(input.newEmailConfirmation) !== email) throw fail('newEmailConfirmation', 'EMAIL_MISMATCH');
    if (email === account.email) throw fail('newEmail', 'SAME_EMAIL');
    const now = this.clock.now();
    // `prev` binds the link to the address it replaces: once used, or after another change, it is void.
    const token = await this.keys.sign(
      { sub: account.id, email, prev: account.email, iss: this.config.publicUrl, aud: EMAIL_CHANGE_AUDIENCE },
      EMAIL_CHANGE_TOKEN_TYPE,
      addMs(now, EMAIL_CHANGE_TTL_MS),
      now,
    );
    const lang = account.preferredLanguage;
    await this.notifier.transaction(em, async (tx, out) => {
      audit(tx, { type: AuditEventType.EMAIL_CHANGE_REQUESTED, accountId: account.id, clientAddress: meta.clientAddress, at: now });
      out.email.push({
        to: email,
        subject: localize(accountCareTexts.EMAIL_CHANGE_SUBJECT, lang),
        text: localize(accountCareTexts.EMAIL_CHANGE_BODY, lang, { link: `${this.config.publicUrl}/confirm-email-change?token=${token}` }),
        language: lang,
      });
      out.email.push({
        to: account.email,
        subject: localize(accountCareTexts.EMAIL_CHANGE_NOTICE_SUBJECT, lang),
        text: localize(accountCareTexts.EMAIL_CHANGE_NOTICE_BODY, lang, { email }),
        language: lang,
      });
    });
  }

  async confirmEmailChange(em: EntityManager, token: string): Promise<void> {
    let payload;
    try {
      payload = await this.keys.verify(token, { typ: EMAIL_CHANGE_TOKEN_TYPE, issuer: this.config.publicUrl, audience: EMAIL_CHANGE_AUDIENCE, currentDate: this.clock.now() });
    } catch {
      throw fail('token', 'LINK_INVALID');
    }
    await this.notifier.transaction(em, async (tx) => {
      const account = await tx.findOne(Account, String(payload.sub));
      if (!account || account.email !== payload.prev || typeof payload.email !== 'string') throw fail('token', 'LINK_INVALID');
      account.email = payload.email;
      account.emailVerified = true;
      audit(tx, { type: AuditEventType.EMAIL_CHANGED, accountId: account.id, at: this.clock.now() });
    });
  }

  /** Sends a code to the new mobile, which must be one the registry links to the account's ID. */
  async changeMobile(em: EntityManager, auth: Auth, newMobile: string, meta: RequestMeta): Promise<Challenge> {
    await this.requireRecentReauthentication(em, auth);
    const account = await em.findOneOrFail(Account, auth.accountId, { populate: ['person'] });
    const mobile = parseMobile(newMobile);
    if (!mobile) throw fail('newMobile', 'MOBILE_INVALID');
    if (mobile === account.mobile) throw fail('newMobile', 'SAME_MOBILE');
    if (!account.person.getEntity().mobiles.includes(mobile)) throw fail('newMobile', 'MOBILE_NOT_LINKED');
    return this.notifier.transaction(em, async (tx, out) => {
      await this.limits.sms(mobile, meta.clientAddress, meta.lang);
      const { challenge, code } = this.codes.create(tx, {
        purpose: ChallengePurpose.MOBILE_CHANGE,
        mobile,
        accountId: account.id,
        language: account.preferredLanguage,
        clientAddress: meta.clientAddress,
      });
      out.sms.push({ to: mobile, text: localize(accountCareTexts.MOBILE_CHANGE_CODE, account.preferredLanguage, { code }), language: account.preferredLanguage });
      return challenge;
    });
  }

  /** The code from the new mobile makes it the registered one; the old number is told. */
  async verifyMobileChange(em: EntityManager, auth: Auth, challengeId: string, code: string, meta: RequestMeta): Promise<Account> {
    const challenge = await this.ownChallenge(em, auth, challengeId, ChallengePurpose.MOBILE_CHANGE, code);
    return this.notifier.transaction(em, async (tx, out) => {
      if (!(await this.codes.consume(tx, challenge))) throw fail('code', 'CHALLENGE_NOT_FOUND');
      const account = await tx.findOneOrFail(Account, auth.accountId);
      const previous = account.mobile;
      account.mobile = challenge.mobile;
      audit(tx, { type: AuditEventType.MOBILE_CHANGED, accountId: account.id, clientAddress: meta.clientAddress, at: this.clock.now(), detail: { to: maskMobile(challenge.mobile) } });
      const lang = account.preferredLanguage;
      out.sms.push({ to: previous, text: localize(accountCareTexts.MOBILE_CHANGED, lang, { mobile: maskMobile(challenge.mobile) }), language: lang });
      return account;
    });
  }

  /** From the next request on, the server answers this account (messages, SMS, e-mail) in `language`. */
  async changePreferredLanguage(em: EntityManager, auth: Auth, language: Language): Promise<Account> {
    return this.notifier.transaction(em, async (tx) => {
      const account = await tx.findOneOrFail(Account, auth.accountId);
      account.preferredLanguage = language;
      return account;
    });
  }

  /** The account's live sessions: not ended, within their lifetime and not idle too long. */
  async mySessions(em: EntityManager, auth: Auth): Promise<LoginSession[]> {
    const now = this.clock.now();
    return em.find(
      LoginSession,
      {
        account: auth.accountId,
        endedAt: null,
        absoluteExpiresAt: { $gt: now },
        lastUsedAt: { $gt: addMs(now, -this.config.session.idleMinutes * MINUTE) },
      },
      { orderBy: { lastUsedAt: 'desc', id: 'asc' } },
    );
  }

  async revokeSession(em: EntityManager, auth: Auth, sessionId: string, meta: RequestMeta): Promise<void> {
    if (!UUID.test(sessionId)) throw fail('id', 'SESSION_NOT_FOUND');
    await this.notifier.transaction(em, async (tx) => {
      const owned = await tx.count(LoginSession, { id: sessionId, account: auth.accountId, endedAt: null });
      if (!owned || !(await this.sessions.end(tx, sessionId, SessionEndReason.REVOKED))) throw fail('id', 'SESSION_NOT_FOUND');
      audit(tx, { type: AuditEventType.SESSION_REVOKED, accountId: auth.accountId, clientAddress: meta.clientAddress, at: this.clock.now(), detail: { current: sessionId === auth.sessionId } });
    });
    this.forget([sessionId]);
  }

  async revokeOtherSessions(em: EntityManager, auth: Auth, meta: RequestMeta): Promise<number> {
    const ended = await this.notifier.transaction(em, async (tx) => {
      const ids = await this.endSessions(tx, auth.accountId, auth.sessionId, SessionEndReason.REVOKED);
      if (ids.length) audit(tx, { type: AuditEventType.SESSION_REVOKED, accountId: auth.accountId, clientAddress: meta.clientAddress, at: this.clock.now(), detail: { count: ids.length } });
      return ids;
    });
    this.forget(ended);
    return ended.length;
  }

  /** The account's security history, newest first, as a cursor page. */
  async myActivity(em: EntityManager, accountId: string, first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first);
    const before = decodeIdCursor(after);
    const rows = await em.find(
      AuditEvent,
      { accountId, type: { $in: SECURITY_EVENT_TYPES }, ...(before !== null ? { id: { $lt: before } } : {}) },
      { orderBy: { id: 'desc' }, limit: size + 1 },
    );
    const page = rows.slice(0, size);
    return { items: page, cursors: page.map((e) => encodeCursor(e.id)), hasNextPage: rows.length > size };
  }

  /** Also guards unlinking the national single sign-on (modules/sso). */
  async requireRecentReauthentication(em: EntityManager, auth: Auth): Promise<void> {
    const session = await em.findOne(LoginSession, auth.sessionId, { disableIdentityMap: true });
    const at = session?.reauthenticatedAt?.getTime();
    if (at === undefined || this.clock.now().getTime() - at > REAUTHENTICATION_WINDOW_MS) throw fail('', 'REAUTHENTICATION_REQUIRED');
  }

  private async ownChallenge(em: EntityManager, auth: Auth, challengeId: string, purpose: ChallengePurpose, code: string): Promise<Challenge> {
    // Someone else's challenge id answers like an unknown one, before any attempt is counted on it.
    if (!UUID.test(challengeId) || !(await em.count(Challenge, { id: challengeId, accountId: auth.accountId, purpose }))) throw fail('code', 'CHALLENGE_NOT_FOUND');
    return this.codes.verify(em, challengeId, purpose, code);
  }

  /**
   * Checks a signed-in person's current password. Failures count per account so that a stolen
   * session cannot be used to guess the password.
   */
  async checkCurrentPassword(account: Account, password: string, field: string, meta: RequestMeta): Promise<void> {
    await this.limits.check('password-check-account', account.id, meta.lang);
    if (await verifyPassword(account.passwordHash, password)) return;
    await this.limits.consume('password-check-account', account.id, meta.lang).catch(() => undefined);
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
  private async setPassword(tx: EntityManager, accountId: string, passwordHash: string, keep: string | null, via: 'reset' | 'change', meta: RequestMeta, out: Deliveries): Promise<string[]> {
    const account = await tx.findOneOrFail(Account, accountId);
    const now = this.clock.now();
    account.passwordHash = passwordHash;
    account.passwordChangedAt = now;
    account.lockedUntil = null;
    account.lockouts = 0;
    const ended = await this.endSessions(tx, accountId, keep, SessionEndReason.PASSWORD_CHANGED);
    audit(tx, { type: AuditEventType.PASSWORD_CHANGED, accountId, clientAddress: meta.clientAddress, at: now, detail: { via, sessionsEnded: ended.length } });
    out.sms.push({ to: account.mobile, text: localize(accountCareTexts.PASSWORD_CHANGED, account.preferredLanguage), language: account.preferredLanguage });
    return ended;
  }

  private async endSessions(tx: EntityManager, accountId: string, keep: string | null, reason: SessionEndReason): Promise<string[]> {
    const live = await tx.find(LoginSession, { account: accountId, endedAt: null, ...(keep ? { id: { $ne: keep } } : {}) }, { fields: ['id'] });
    const ended: string[] = [];
    for (const { id } of live) if (await this.sessions.end(tx, id, reason)) ended.push(id);
    return ended;
  }

  /**
   * `Sessions.end` forgets a session as it ends it, but inside a transaction a parallel request
   * could still read the old row and cache it as live; forgetting again after commit closes that gap.
   */
  private forget(sessionIds: string[]): void {
    for (const id of sessionIds) this.sessions.forget(id);
  }
}
