import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { Config } from '../../config';
import { Clock, DAY, MINUTE, HOUR, ageOn, riyadhDate } from '../../shared/clock';
import { FieldErrors, UserInputError } from '../../shared/errors';
import { Language, Localized, localize } from '../../shared/i18n';
import { maskNationalId, parseMobile, parseNationalId } from '../../shared/normalize';
import { AuditEvent, AuditEventType } from '../audit/audit-event.entity';
import { audit } from '../audit/audit';
import { Notifier } from '../notifications/notifier';
import type { RateLimits } from '../security/rate-limits';
import { Person } from '../registry/person.entity';
import { Account, SessionEndReason } from './account.entity';
import { Captchas } from './captcha';
import { ChallengePurpose, Challenge, PendingRegistration } from './challenge.entity';
import { Codes } from './codes';
import type { IdentityErrorCode } from './identity.errors';
import { accountCareTexts } from './account-care.texts';
import { identityTexts } from './identity.texts';
import { USERNAME_PATTERN, checkPassword, parseEmail } from './password-policy';
import { hashPassword, spendPasswordHash, verifyPassword } from './passwords';
import { ClientMeta, IssuedSession, Sessions } from './sessions';
import { SigningKeys } from './tokens';

export const MINIMUM_AGE = 17;
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_WINDOW_MS = 15 * MINUTE;
export const LOCKOUT_BASE_MS = 15 * MINUTE;
export const LOCKOUT_MAX_MS = 2 * HOUR;
const EMAIL_LINK_TTL_MS = 2 * DAY;
const EMAIL_TOKEN_TYPE = 'email-confirm+jwt';

export interface RequestMeta extends ClientMeta {
  lang: Language;
}

export interface RegisterInputData {
  nationalId: string;
  mobile: string;
  username: string;
  password: string;
  passwordConfirmation: string;
  email: string;
  emailConfirmation: string;
  preferredLanguage?: Language | null;
  captchaId: string;
  captchaCode: string;
  acceptTerms: boolean;
}

export interface LoginInputData {
  identifier: string;
  password: string;
  captchaId: string;
  captchaCode: string;
}

export interface SignedIn {
  session: IssuedSession;
  account: Account;
}

/** The SMS a resent code goes out in, by what the challenge is for. */
const RESEND_TEXTS = {
  [ChallengePurpose.REGISTRATION]: identityTexts.REGISTRATION_CODE,
  [ChallengePurpose.LOGIN]: identityTexts.LOGIN_CODE,
  [ChallengePurpose.PASSWORD_RESET]: accountCareTexts.PASSWORD_RESET_CODE,
  [ChallengePurpose.REAUTHENTICATION]: accountCareTexts.REAUTHENTICATION_CODE,
  [ChallengePurpose.MOBILE_CHANGE]: accountCareTexts.MOBILE_CHANGE_CODE,
} satisfies Record<ChallengePurpose, Localized>;

const fail = (field: string, code: IdentityErrorCode) => new UserInputError([{ field, code }]);

/**
 * Registration, log-in and sessions (SPEC §2–3). Each public method is one user action: it
 * either throws `UserInputError` having written nothing, or commits everything it did at once.
 */
export class IdentityService {
  constructor(
    private readonly config: Config,
    private readonly clock: Clock,
    private readonly captchas: Captchas,
    private readonly codes: Codes,
    private readonly sessions: Sessions,
    private readonly keys: SigningKeys,
    private readonly notifier: Notifier,
    private readonly log: Logger,
    private readonly limits: RateLimits,
  ) {}

  async register(em: EntityManager, input: RegisterInputData, meta: RequestMeta): Promise<Challenge> {
    const lang = input.preferredLanguage ?? meta.lang;
    const errors = new FieldErrors<IdentityErrorCode>();

    // What can be judged from the input alone comes first; the registry is consulted only once
    // the image code is right, so nobody can probe it by script.
    const nationalId = parseNationalId(input.nationalId);
    if (!nationalId) errors.add('nationalId', 'INVALID_NATIONAL_ID');
    const mobile = parseMobile(input.mobile);
    if (!mobile) errors.add('mobile', 'MOBILE_INVALID');
    const username = input.username.trim();
    if (!USERNAME_PATTERN.test(username) || username === nationalId) errors.add('username', 'USERNAME_INVALID');
    const email = parseEmail(input.email);
    if (!email) errors.add('email', 'EMAIL_INVALID');
    else if (parseEmail(input.emailConfirmation) !== email) errors.add('emailConfirmation', 'EMAIL_MISMATCH');
    const passwordProblem = checkPassword(input.password, { username, nationalId: nationalId ?? input.nationalId, email: email ?? input.email });
    if (passwordProblem) errors.add('password', passwordProblem);
    if (input.password !== input.passwordConfirmation) errors.add('passwordConfirmation', 'PASSWORD_MISMATCH');
    if (input.acceptTerms !== true) errors.add('acceptTerms', 'TERMS_NOT_ACCEPTED');
    if (!(await this.captchas.consume(em, input.captchaId, input.captchaCode))) {
      errors.add('captchaCode', 'CAPTCHA_INVALID');
      errors.throwIfAny();
    }

    let person: Person | null = null;
    if (nationalId) {
      person = await em.findOne(Person, nationalId);
      if (!person) errors.add('nationalId', 'NOT_IN_REGISTRY');
      else if (person.deceased) errors.add('nationalId', 'DECEASED');
      else if (ageOn(person.dateOfBirth, riyadhDate(this.clock.now())) < MINIMUM_AGE) errors.add('nationalId', 'UNDER_AGE');
      if (person && mobile && !person.mobiles.includes(mobile)) errors.add('mobile', 'MOBILE_NOT_LINKED');
    }
    if (!errors.has('username') && (await em.count(Account, { usernameKey: username.toLowerCase() }))) errors.add('username', 'USERNAME_TAKEN');
    errors.throwIfAny();

    // Hashing takes ~50 ms of a core: done before the transaction so no lock is held meanwhile.
    const passwordHash = await hashPassword(input.password);
    const now = this.clock.now();
    return this.notifier.transaction(em, async (tx, out) => {
      const existing = await tx.findOne(Account, { person: nationalId! });
      if (existing) {
        // Same answer as a new registration; only the owner's phone learns that an account exists.
        const { challenge } = this.codes.create(tx, { purpose: ChallengePurpose.REGISTRATION, mobile: mobile!, language: lang, decoy: true, clientAddress: meta.clientAddress });
        await this.limits.sms(existing.mobile, meta.clientAddress, meta.lang);
        out.sms.push({ to: existing.mobile, text: localize(identityTexts.ACCOUNT_EXISTS, existing.preferredLanguage), language: existing.preferredLanguage });
        audit(tx, { type: AuditEventType.REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT, accountId: existing.id, clientAddress: meta.clientAddress, at: now });
        return challenge;
      }
      const { challenge, code } = this.codes.create(tx, {
        purpose: ChallengePurpose.REGISTRATION,
        mobile: mobile!,
        language: lang,
        clientAddress: meta.clientAddress,
        pending: {
          nationalId: nationalId!,
          username,
          email: email!,
          passwordHash,
          preferredLanguage: lang,
          termsVersion: this.config.termsVersion,
          termsAcceptedAt: now.toISOString(),
        },
      });
      await this.limits.sms(mobile!, meta.clientAddress, meta.lang);
      out.sms.push({ to: mobile!, text: localize(identityTexts.REGISTRATION_CODE, lang, { code }), language: lang });
      return challenge;
    });
  }

  async verifyRegistration(em: EntityManager, challengeId: string, code: string, meta: RequestMeta): Promise<SignedIn> {
    const challenge = await this.codes.verify(em, challengeId, ChallengePurpose.REGISTRATION, code);
    const pending = challenge.pending!;
    try {
      return await this.createAccount(em, challenge, pending, meta);
    } catch (error) {
      // Two verifications for the same ID or user name can both pass the checks before either
      // commits (PostgreSQL, read committed); the unique indexes stop the second, which gets the
      // answer it would have had a moment later instead of an internal error.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      if (await em.fork().count(Account, { person: pending.nationalId })) throw fail('code', 'CHALLENGE_NOT_FOUND');
      throw fail('username', 'USERNAME_TAKEN');
    }
  }

  private createAccount(em: EntityManager, challenge: Challenge, pending: PendingRegistration, meta: RequestMeta): Promise<SignedIn> {
    return this.notifier.transaction(em, async (tx, out) => {
      if (!(await this.codes.consume(tx, challenge))) throw fail('code', 'CHALLENGE_NOT_FOUND');
      if (await tx.count(Account, { usernameKey: pending.username.toLowerCase() })) throw fail('username', 'USERNAME_TAKEN');
      if (await tx.count(Account, { person: pending.nationalId })) throw fail('code', 'CHALLENGE_NOT_FOUND');
      const now = this.clock.now();
      const person = await tx.findOneOrFail(Person, pending.nationalId);
      const account = tx.create(Account, {
        person,
        username: pending.username,
        usernameKey: pending.username.toLowerCase(),
        email: pending.email,
        mobile: challenge.mobile,
        passwordHash: pending.passwordHash,
        preferredLanguage: pending.preferredLanguage,
        termsVersion: pending.termsVersion,
        termsAcceptedAt: new Date(pending.termsAcceptedAt),
        createdAt: now,
      });
      const session = await this.sessions.start(tx, account, meta);
      audit(tx, { type: AuditEventType.REGISTERED, accountId: account.id, clientAddress: meta.clientAddress, at: now, detail: { nationalId: maskNationalId(person.nationalId) } });
      out.email.push(await this.welcomeEmail(account, person));
      return { session, account };
    });
  }

  async login(em: EntityManager, input: LoginInputData, meta: RequestMeta): Promise<Challenge> {
    // Credential stuffing spreads wrong passwords over many accounts: the address is throttled too.
    await this.limits.check('login-failure-address', meta.clientAddress, meta.lang);
    if (!(await this.captchas.consume(em, input.captchaId, input.captchaCode))) throw fail('captchaCode', 'CAPTCHA_INVALID');
    const nationalId = parseNationalId(input.identifier);
    const account = nationalId
      ? await em.findOne(Account, { person: nationalId }, { populate: ['person'] })
      : await em.findOne(Account, { usernameKey: input.identifier.trim().toLowerCase() }, { populate: ['person'] });
    const now = this.clock.now();
    const invalid = fail('password', 'INVALID_CREDENTIALS');
    if (!account) {
      await spendPasswordHash(input.password);
      // Written like a wrong password's line, which also keeps the two answers equally slow.
      await this.notifier.transaction(em, async (tx) => {
        audit(tx, { type: AuditEventType.LOGIN_FAILED, accountId: null, clientAddress: meta.clientAddress, at: now, detail: { unknownIdentifier: true } });
      });
      await this.limits.consume('login-failure-address', meta.clientAddress, meta.lang).catch(() => undefined);
      throw invalid;
    }
    const locked = !!account.lockedUntil && account.lockedUntil > now;
    const passwordOk = (await verifyPassword(account.passwordHash, input.password)) && !locked;
    if (!passwordOk || account.person.getEntity().deceased) {
      await this.notifier.transaction(em, async (tx, out) => {
        audit(tx, { type: AuditEventType.LOGIN_FAILED, accountId: account.id, clientAddress: meta.clientAddress, at: now, detail: { locked } });
        if (!locked) await this.countFailure(tx, account, now, out);
      });
      // The answer stays INVALID_CREDENTIALS; only the next attempt from this address is limited.
      await this.limits.consume('login-failure-address', meta.clientAddress, meta.lang).catch(() => undefined);
      throw invalid;
    }
    return this.notifier.transaction(em, async (tx, out) => {
      const { challenge, code } = this.codes.create(tx, {
        purpose: ChallengePurpose.LOGIN,
        mobile: account.mobile,
        accountId: account.id,
        language: account.preferredLanguage,
        clientAddress: meta.clientAddress,
      });
      audit(tx, { type: AuditEventType.LOGIN_PASSWORD_OK, accountId: account.id, clientAddress: meta.clientAddress, at: now });
      await this.limits.sms(account.mobile, meta.clientAddress, meta.lang);
      out.sms.push({ to: account.mobile, text: localize(identityTexts.LOGIN_CODE, account.preferredLanguage, { code }), language: account.preferredLanguage });
      return challenge;
    });
  }

  /**
   * Five failures in fifteen minutes lock the account for 15 minutes, doubling with each lock
   * up to two hours, and tell the owner by SMS. Failures are counted from the audit log, which
   * every instance shares; the conditional update makes one of several parallel failures the
   * one that locks.
   */
  private async countFailure(tx: EntityManager, account: Account, now: Date, out: { sms: { to: string; text: string; language: Language }[] }) {
    const since = new Date(Math.max(now.getTime() - LOCKOUT_WINDOW_MS, account.lockedUntil?.getTime() ?? 0));
    await tx.flush();
    const failures = await tx.count(AuditEvent, { accountId: account.id, type: AuditEventType.LOGIN_FAILED, createdAt: { $gt: since } });
    if (failures < LOCKOUT_THRESHOLD) return;
    const duration = Math.min(LOCKOUT_BASE_MS * 2 ** account.lockouts, LOCKOUT_MAX_MS);
    const lockedUntil = new Date(now.getTime() + duration);
    const locked = await tx.nativeUpdate(
      Account,
      { id: account.id, $or: [{ lockedUntil: null }, { lockedUntil: { $lte: now } }] },
      { lockedUntil, lockouts: account.lockouts + 1 },
    );
    if (locked !== 1) return;
    audit(tx, { type: AuditEventType.ACCOUNT_LOCKED, accountId: account.id, at: now, detail: { minutes: duration / MINUTE } });
    out.sms.push({
      to: account.mobile,
      text: localize(identityTexts.ACCOUNT_LOCKED, account.preferredLanguage, { minutes: duration / MINUTE }),
      language: account.preferredLanguage,
    });
  }

  async verifyLogin(em: EntityManager, challengeId: string, code: string, meta: RequestMeta): Promise<SignedIn> {
    const challenge = await this.codes.verify(em, challengeId, ChallengePurpose.LOGIN, code);
    return this.notifier.transaction(em, async (tx) => {
      if (!(await this.codes.consume(tx, challenge))) throw fail('code', 'CHALLENGE_NOT_FOUND');
      const account = await tx.findOneOrFail(Account, challenge.accountId!);
      const now = this.clock.now();
      account.lockouts = 0;
      const session = await this.sessions.start(tx, account, meta);
      audit(tx, { type: AuditEventType.LOGIN_SUCCEEDED, accountId: account.id, clientAddress: meta.clientAddress, at: now });
      return { session, account };
    });
  }

  async resendCode(em: EntityManager, challengeId: string, meta: RequestMeta): Promise<Challenge> {
    return this.notifier.transaction(em, async (tx, out) => {
      const { challenge, code } = await this.codes.resend(tx, challengeId);
      // A decoy's resend counts as well: it must look, and be limited, exactly like a real one.
      await this.limits.sms(challenge.mobile, meta.clientAddress, meta.lang);
      if (!challenge.decoy) {
        const text = RESEND_TEXTS[challenge.purpose];
        out.sms.push({ to: challenge.mobile, text: localize(text, challenge.language, { code }), language: challenge.language });
      }
      return challenge;
    });
  }

  async refresh(em: EntityManager, refreshToken: string, meta: RequestMeta): Promise<SignedIn> {
    const result = await this.notifier.transaction(em, async (tx) => {
      const refreshed = await this.sessions.refresh(tx, refreshToken, meta);
      return refreshed && { session: refreshed.issued, account: await tx.findOneOrFail(Account, refreshed.accountId) };
    });
    if (!result) throw fail('refreshToken', 'SESSION_EXPIRED');
    return result;
  }

  async logout(em: EntityManager, sessionId: string, accountId: string, meta: RequestMeta): Promise<void> {
    await this.notifier.transaction(em, async (tx) => {
      if (await this.sessions.end(tx, sessionId, SessionEndReason.LOGOUT)) {
        audit(tx, { type: AuditEventType.LOGOUT, accountId, clientAddress: meta.clientAddress, at: this.clock.now() });
      }
    });
    // Again after commit: meanwhile a parallel request may have read the row before the update and cached it as live.
    this.sessions.forget(sessionId);
  }

  /**
   * Log-out from a web client whose access token has lapsed: the refresh cookie names the
   * session, which ends like any other, so a copy of that cookie is worthless afterwards.
   */
  async logoutByRefreshToken(em: EntityManager, refreshToken: string, meta: RequestMeta): Promise<void> {
    const owner = await this.sessions.ownerOfRefreshToken(em, refreshToken);
    if (owner) await this.logout(em, owner.sessionId, owner.accountId, meta);
  }

  async confirmEmail(em: EntityManager, token: string): Promise<Account> {
    let payload;
    try {
      payload = await this.keys.verify(token, { typ: EMAIL_TOKEN_TYPE, issuer: this.config.publicUrl, audience: 'absher-email', currentDate: this.clock.now() });
    } catch {
      throw fail('token', 'LINK_INVALID');
    }
    return this.notifier.transaction(em, async (tx) => {
      const account = await tx.findOne(Account, String(payload.sub));
      if (!account || account.email !== payload.email) throw fail('token', 'LINK_INVALID');
      if (!account.emailVerified) {
        account.emailVerified = true;
        audit(tx, { type: AuditEventType.EMAIL_CONFIRMED, accountId: account.id, at: this.clock.now() });
      }
      return account;
    });
  }

  /** The welcome e-mail with its confirmation link; also sent when SSO opens an account. */
  async welcomeEmail(account: Account, person: Person) {
    const now = this.clock.now();
    const token = await this.keys.sign(
      { sub: account.id, email: account.email, iss: this.config.publicUrl, aud: 'absher-email' },
      EMAIL_TOKEN_TYPE,
      new Date(now.getTime() + EMAIL_LINK_TTL_MS),
      now,
    );
    const lang = account.preferredLanguage;
    const name = lang === Language.EN ? person.firstNameEn : person.firstNameAr;
    return {
      to: account.email,
      subject: localize(identityTexts.WELCOME_EMAIL_SUBJECT, lang),
      text: localize(identityTexts.WELCOME_EMAIL_BODY, lang, { name, link: `${this.config.publicUrl}/confirm-email?token=${token}` }),
      language: lang,
    };
  }
}
