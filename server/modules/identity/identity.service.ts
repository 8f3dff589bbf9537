import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { DAY, MINUTE, HOUR, ageOn, riyadhDate } from '../../shared/clock';
import type { RequestMeta } from '../../shared/context';
import { FieldErrors, UserInputError } from '../../shared/errors';
import { Language, Localized, localize } from '../../shared/i18n';
import type { Deps } from '../../shared/module';
import { maskNationalId, parseMobile, parseNationalId } from '../../shared/normalize';
import type { Transaction, UnitOfWork } from '../../shared/unit-of-work';
import { AuditEvent, AuditEventType, audit } from '../audit';
import type { Email } from '../messaging';
import { Person } from '../registry';
import { Account, SessionEndReason } from './account.entity';
import type { CaptchaAnswer, Captchas } from './captcha';
import { ChallengePurpose, Challenge, PendingRegistration } from './challenge.entity';
import type { Codes } from './codes';
import type { IdentityErrorCode } from './identity.errors';
import { accountCareTexts } from './account-care.texts';
import { codeStepNames, identityTexts } from './identity.texts';
import { USERNAME_PATTERN, checkPassword, parseEmail } from './password-policy';
import { hashPassword, spendPasswordHash, verifyPassword } from './passwords';
import type { CurrentAccounts } from './current-account';
import type { IssuedSession, Sessions } from './sessions';

export const MINIMUM_AGE = 17;
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_WINDOW_MS = 15 * MINUTE;
export const LOCKOUT_BASE_MS = 15 * MINUTE;
export const LOCKOUT_MAX_MS = 2 * HOUR;
const EMAIL_LINK_TTL_MS = 2 * DAY;
const EMAIL_TOKEN_TYPE = 'email-confirm+jwt';

export interface RegisterInputData extends CaptchaAnswer {
  nationalId: string;
  mobile: string;
  username: string;
  password: string;
  passwordConfirmation: string;
  email: string;
  emailConfirmation: string;
  preferredLanguage?: Language | null;
  acceptTerms: boolean;
}

export interface LoginInputData extends CaptchaAnswer {
  identifier: string;
  password: string;
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
  [ChallengePurpose.ACCOUNT_RECOVERY]: accountCareTexts.ACCOUNT_RECOVERY_CODE,
} satisfies Record<ChallengePurpose, Localized>;

const fail = (field: string, code: IdentityErrorCode) => new UserInputError([{ field, code }]);

/**
 * Registration, log-in and sessions (SPEC §2–3). Each public method is one user action: it
 * either throws `UserInputError` having written nothing, or commits everything it did at once.
 */
export class IdentityService {
  constructor(private readonly deps: Deps<'config' | 'clock' | 'keys' | 'messenger' | 'rateLimits'> & { captchas: Captchas; codes: Codes; sessions: Sessions; currentAccounts: CurrentAccounts }) {}

  /** An account as the API shows it, by id: a view from the current accounts' cache (no query when warm). */
  async account(work: UnitOfWork, accountId: string): Promise<Account | null> {
    return (await this.deps.currentAccounts.get(work.em, accountId))?.account ?? null;
  }

  /** The registry record of an account's holder, from the same cache. */
  async personOf(work: UnitOfWork, account: Account): Promise<Person> {
    const current = await this.deps.currentAccounts.get(work.em, account.id);
    if (!current) throw new Error(`account ${account.id} not found`);
    return current.person;
  }

  async register(work: UnitOfWork, input: RegisterInputData, meta: RequestMeta): Promise<Challenge> {
    const lang = input.preferredLanguage ?? meta.lang;
    const errors = new FieldErrors<IdentityErrorCode>();

    // Only what the input itself shows is answered here. The registry and the accounts are not
    // consulted for the answer: every well-formed registration gets the same one ("a code was sent
    // to this mobile"), so that nobody can learn from it whether an ID exists, is deceased or under
    // age, which mobile belongs to which ID, or whether a user name is taken. Those verdicts wait
    // for `verifyRegistration`, where the code proves possession of the mobile typed.
    // A refusal of the input alone leaves the image code unspent: the person corrects the field and
    // sends the same code.
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
    const missing = this.deps.captchas.missing(input);
    if (missing) errors.add(missing.field, missing.code);
    errors.throwIfAny();
    const refused = await this.deps.captchas.spend(work.em, input);
    if (refused) throw new UserInputError([refused]);

    // Both lookups on every path, so that the decoy below costs what a real registration costs; only
    // the columns needed, and kept out of the unit of work (nothing of them is written).
    const person = await work.em.findOne(Person, nationalId!, { fields: ['mobiles'], disableIdentityMap: true });
    const existing = await work.em.findOne(Account, { person: nationalId! }, { fields: ['id', 'mobile', 'preferredLanguage'], disableIdentityMap: true });
    // Hashing takes ~50 ms of a core: done before the transaction so no lock is held meanwhile.
    const passwordHash = await hashPassword(input.password);
    const now = this.deps.clock.now();
    return work.transaction(async (tx) => {
      if (existing && person?.mobiles.includes(mobile!)) {
        // Someone who holds one of the ID's mobiles registers again: the same answer as a new
        // registration, no code that could verify, and only the owner's phone learns that an
        // account exists. With a mobile not linked to the ID, the registration below goes ahead
        // like any other and ends in MOBILE_NOT_LINKED, so "already registered" shows nowhere.
        const { challenge } = this.deps.codes.create(tx.em, {
          purpose: ChallengePurpose.REGISTRATION,
          mobile: mobile!,
          nationalId: nationalId!,
          language: lang,
          decoy: true,
          clientAddress: meta.clientAddress,
        });
        await this.deps.rateLimits.sms(existing.mobile, meta.clientAddress, meta.lang);
        this.deps.messenger.sms(tx, { to: existing.mobile, text: localize(identityTexts.ACCOUNT_EXISTS, existing.preferredLanguage), language: existing.preferredLanguage });
        audit(tx.em, { type: AuditEventType.REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT, accountId: existing.id, clientAddress: meta.clientAddress, at: now });
        return challenge;
      }
      const { challenge, code } = this.deps.codes.create(tx.em, {
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
          termsVersion: this.deps.config.termsVersion,
          termsAcceptedAt: now.toISOString(),
        },
      });
      await this.deps.rateLimits.sms(mobile!, meta.clientAddress, meta.lang);
      this.deps.messenger.sms(tx, { to: mobile!, text: localize(identityTexts.REGISTRATION_CODE, lang, { code }), language: lang });
      return challenge;
    });
  }

  /**
   * The code proves that the caller holds the mobile typed at `register`. Only then, and only to a
   * holder of a mobile the registry links to that ID, does the registry speak (deceased, under
   * age) and is the user name checked; to anyone else the answer is MOBILE_NOT_LINKED, whatever
   * the ID. Each refusal names the `register` input's field it is about.
   */
  async verifyRegistration(work: UnitOfWork, challengeId: string, code: string, meta: RequestMeta): Promise<SignedIn> {
    const challenge = await this.deps.codes.verify(work.em, challengeId, ChallengePurpose.REGISTRATION, code);
    const pending = challenge.pending!;
    const refusal = await this.registrationVerdict(work.em, pending, challenge.mobile);
    if (refusal) {
      // A verdict is final for this challenge: its code is spent, so it cannot be asked again.
      await this.deps.codes.consume(work.em, challenge);
      throw refusal;
    }
    try {
      return await this.createAccount(work, challenge, pending, meta);
    } catch (error) {
      // Two verifications for the same ID or user name can both pass the checks before either
      // commits (PostgreSQL, read committed); the unique indexes stop the second, which gets the
      // answer it would have had a moment later instead of an internal error.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      if (await work.em.fork().count(Account, { person: pending.nationalId })) throw fail('code', 'CHALLENGE_NOT_FOUND');
      throw fail('username', 'USERNAME_TAKEN');
    }
  }

  /** Why the registry or the accounts refuse this registration, told to the holder of `mobile`; null when nothing does. */
  private async registrationVerdict(em: EntityManager, pending: PendingRegistration, mobile: string): Promise<UserInputError<IdentityErrorCode> | null> {
    const person = await em.findOne(Person, pending.nationalId, { fields: ['mobiles', 'deceased', 'dateOfBirth'], disableIdentityMap: true });
    // Not in the registry, or in it with other mobiles: the same answer, so that it says nothing about the ID.
    if (!person || !person.mobiles.includes(mobile)) return fail('mobile', 'MOBILE_NOT_LINKED');
    const errors = new FieldErrors<IdentityErrorCode>();
    if (person.deceased) errors.add('nationalId', 'DECEASED');
    else if (ageOn(person.dateOfBirth, riyadhDate(this.deps.clock.now())) < MINIMUM_AGE) errors.add('nationalId', 'UNDER_AGE');
    if (await em.count(Account, { usernameKey: pending.username.toLowerCase() })) errors.add('username', 'USERNAME_TAKEN');
    return errors.list.length ? new UserInputError(errors.list) : null;
  }

  private createAccount(work: UnitOfWork, challenge: Challenge, pending: PendingRegistration, meta: RequestMeta): Promise<SignedIn> {
    return work.transaction(async (tx) => {
      if (!(await this.deps.codes.consume(tx.em, challenge))) throw fail('code', 'CHALLENGE_NOT_FOUND');
      if (await tx.em.count(Account, { usernameKey: pending.username.toLowerCase() })) throw fail('username', 'USERNAME_TAKEN');
      if (await tx.em.count(Account, { person: pending.nationalId })) throw fail('code', 'CHALLENGE_NOT_FOUND');
      const now = this.deps.clock.now();
      const person = await tx.em.findOneOrFail(Person, pending.nationalId);
      const account = tx.em.create(Account, {
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
      const session = await this.deps.sessions.start(tx, account, meta);
      audit(tx.em, { type: AuditEventType.REGISTERED, accountId: account.id, clientAddress: meta.clientAddress, at: now, detail: { nationalId: maskNationalId(person.nationalId) } });
      this.deps.messenger.email(tx, await this.welcomeEmail(account, person));
      return { session, account };
    });
  }

  async login(work: UnitOfWork, input: LoginInputData, meta: RequestMeta): Promise<Challenge> {
    // Credential stuffing spreads wrong passwords over many accounts: the address is throttled too.
    await this.deps.rateLimits.check('login-failure-address', meta.clientAddress, meta.lang);
    const refused = await this.deps.captchas.spend(work.em, input);
    if (refused) throw new UserInputError([refused]);
    const nationalId = parseNationalId(input.identifier);
    const account = nationalId
      ? await work.em.findOne(Account, { person: nationalId }, { populate: ['person'] })
      : await work.em.findOne(Account, { usernameKey: input.identifier.trim().toLowerCase() }, { populate: ['person'] });
    const now = this.deps.clock.now();
    const invalid = fail('password', 'INVALID_CREDENTIALS');
    if (!account) {
      await spendPasswordHash(input.password);
      // Written like a wrong password's line, which also keeps the two answers equally slow.
      await work.transaction(async (tx) => {
        audit(tx.em, { type: AuditEventType.LOGIN_FAILED, accountId: null, clientAddress: meta.clientAddress, at: now, detail: { unknownIdentifier: true } });
      });
      await this.deps.rateLimits.consume('login-failure-address', meta.clientAddress, meta.lang).catch(() => undefined);
      throw invalid;
    }
    const locked = !!account.lockedUntil && account.lockedUntil > now;
    const passwordOk = (await verifyPassword(account.passwordHash, input.password)) && !locked;
    if (!passwordOk || account.person.getEntity().deceased) {
      await work.transaction(async (tx) => {
        audit(tx.em, { type: AuditEventType.LOGIN_FAILED, accountId: account.id, clientAddress: meta.clientAddress, at: now, detail: { locked } });
        if (!locked) await this.countFailure(tx, account, now);
      });
      // The answer stays INVALID_CREDENTIALS; only the next attempt from this address is limited.
      await this.deps.rateLimits.consume('login-failure-address', meta.clientAddress, meta.lang).catch(() => undefined);
      throw invalid;
    }
    // Wrong codes locked the code step: sending another code that cannot be used helps nobody.
    const lockedFor = await this.deps.codes.stepLockedFor(work.em, { purpose: ChallengePurpose.LOGIN, accountId: account.id, mobile: account.mobile, nationalId: null });
    if (lockedFor !== null) throw new UserInputError<IdentityErrorCode>([{ field: '', code: 'CODE_STEP_LOCKED', params: { retryAfter: lockedFor } }]);
    return work.transaction(async (tx) => {
      const { challenge, code } = this.deps.codes.create(tx.em, {
        purpose: ChallengePurpose.LOGIN,
        mobile: account.mobile,
        accountId: account.id,
        language: account.preferredLanguage,
        clientAddress: meta.clientAddress,
      });
      audit(tx.em, { type: AuditEventType.LOGIN_PASSWORD_OK, accountId: account.id, clientAddress: meta.clientAddress, at: now });
      // The right password starts the failure window over: earlier slips no longer count towards a lock.
      // Set on the loaded entity, not by a separate UPDATE: on SQLite the commit's flush writes the
      // loaded account's dates back (MikroORM sees them as changed), which undid such an UPDATE.
      account.passwordFailuresSince = now;
      await this.deps.rateLimits.sms(account.mobile, meta.clientAddress, meta.lang);
      this.deps.messenger.sms(tx, { to: account.mobile, text: localize(identityTexts.LOGIN_CODE, account.preferredLanguage, { code }), language: account.preferredLanguage });
      return challenge;
    });
  }

  /**
   * Five failures in fifteen minutes lock the account for 15 minutes, doubling with each lock
   * up to two hours, and tell the owner by SMS. Failures are counted from the audit log, which
   * every instance shares; the conditional update makes one of several parallel failures the
   * one that locks.
   */
  private async countFailure(tx: Transaction, account: Account, now: Date) {
    const since = new Date(Math.max(now.getTime() - LOCKOUT_WINDOW_MS, account.lockedUntil?.getTime() ?? 0, account.passwordFailuresSince?.getTime() ?? 0));
    await tx.em.flush();
    const failures = await tx.em.count(AuditEvent, { accountId: account.id, type: AuditEventType.LOGIN_FAILED, createdAt: { $gt: since } });
    if (failures < LOCKOUT_THRESHOLD) return;
    const duration = Math.min(LOCKOUT_BASE_MS * 2 ** account.lockouts, LOCKOUT_MAX_MS);
    const lockedUntil = new Date(now.getTime() + duration);
    const locked = await tx.em.nativeUpdate(Account, { id: account.id, $or: [{ lockedUntil: null }, { lockedUntil: { $lte: now } }] }, { lockedUntil, lockouts: account.lockouts + 1 });
    if (locked !== 1) return;
    audit(tx.em, { type: AuditEventType.ACCOUNT_LOCKED, accountId: account.id, at: now, detail: { minutes: duration / MINUTE } });
    this.deps.messenger.sms(tx, {
      to: account.mobile,
      text: localize(identityTexts.ACCOUNT_LOCKED, account.preferredLanguage, { minutes: duration / MINUTE }),
      language: account.preferredLanguage,
    });
  }

  async verifyLogin(work: UnitOfWork, challengeId: string, code: string, meta: RequestMeta): Promise<SignedIn> {
    const challenge = await this.deps.codes.verify(work.em, challengeId, ChallengePurpose.LOGIN, code);
    return work.transaction(async (tx) => {
      if (!(await this.deps.codes.consume(tx.em, challenge))) throw fail('code', 'CHALLENGE_NOT_FOUND');
      const account = await tx.em.findOneOrFail(Account, challenge.accountId!);
      const now = this.deps.clock.now();
      account.lockouts = 0;
      const session = await this.deps.sessions.start(tx, account, meta);
      audit(tx.em, { type: AuditEventType.LOGIN_SUCCEEDED, accountId: account.id, clientAddress: meta.clientAddress, at: now });
      return { session, account };
    });
  }

  async resendCode(work: UnitOfWork, challengeId: string, meta: RequestMeta): Promise<Challenge> {
    return work.transaction(async (tx) => {
      const { challenge, code } = await this.deps.codes.resend(tx.em, challengeId);
      // A decoy's resend counts as well: it must look, and be limited, exactly like a real one.
      await this.deps.rateLimits.sms(challenge.mobile, meta.clientAddress, meta.lang);
      if (!challenge.decoy) {
        const text = RESEND_TEXTS[challenge.purpose];
        this.deps.messenger.sms(tx, { to: challenge.mobile, text: localize(text, challenge.language, { code }), language: challenge.language });
      }
      return challenge;
    });
  }

  async refresh(work: UnitOfWork, refreshToken: string, meta: RequestMeta): Promise<SignedIn> {
    const result = await work.transaction(async (tx) => {
      const refreshed = await this.deps.sessions.refresh(tx, refreshToken, meta);
      return refreshed && { session: refreshed.issued, account: await tx.em.findOneOrFail(Account, refreshed.accountId) };
    });
    if (!result) throw fail('refreshToken', 'SESSION_EXPIRED');
    return result;
  }

  async logout(work: UnitOfWork, sessionId: string, accountId: string, meta: RequestMeta): Promise<void> {
    await work.transaction(async (tx) => {
      if (await this.deps.sessions.end(tx, sessionId, SessionEndReason.LOGOUT)) {
        audit(tx.em, { type: AuditEventType.LOGOUT, accountId, clientAddress: meta.clientAddress, at: this.deps.clock.now() });
      }
    });
  }

  /**
   * Log-out from a web client whose access token has lapsed: the refresh cookie names the
   * session, which ends like any other, so a copy of that cookie is worthless afterwards.
   */
  async logoutByRefreshToken(work: UnitOfWork, refreshToken: string, meta: RequestMeta): Promise<void> {
    const owner = await this.deps.sessions.ownerOfRefreshToken(work.em, refreshToken);
    if (owner) await this.logout(work, owner.sessionId, owner.accountId, meta);
  }

  async confirmEmail(work: UnitOfWork, token: string): Promise<Account> {
    let payload;
    try {
      payload = await this.deps.keys.verify(token, { typ: EMAIL_TOKEN_TYPE, issuer: this.deps.config.publicUrl, audience: 'absher-email', currentDate: this.deps.clock.now() });
    } catch {
      throw fail('token', 'LINK_INVALID');
    }
    return work.transaction(async (tx) => {
      const account = await tx.em.findOne(Account, String(payload.sub));
      if (!account || account.email !== payload.email) throw fail('token', 'LINK_INVALID');
      if (!account.emailVerified) {
        account.emailVerified = true;
        audit(tx.em, { type: AuditEventType.EMAIL_CONFIRMED, accountId: account.id, at: this.deps.clock.now() });
      }
      return account;
    });
  }

  /**
   * Wrong codes have locked a code step: the holder of the mobile the codes went to is told by SMS,
   * and the account it guards (if any) by SMS and e-mail, in their language.
   */
  async codeStepLocked(em: EntityManager, challenge: Challenge, lock: { key: string; minutes: number }): Promise<void> {
    const [step, kind, subject] = lock.key.split(':');
    const account = kind === 'account' ? await em.findOne(Account, subject) : kind === 'nid' ? await em.findOne(Account, { person: subject }) : null;
    const stepName = codeStepNames[step as keyof typeof codeStepNames];
    const text = (language: Language) => localize(identityTexts.CODE_STEP_LOCKED, language, { minutes: lock.minutes, step: localize(stepName, language) });
    const { messenger } = this.deps;
    messenger.sendNow({ to: challenge.mobile, text: text(account?.preferredLanguage ?? challenge.language), language: account?.preferredLanguage ?? challenge.language });
    if (account && account.mobile !== challenge.mobile) messenger.sendNow({ to: account.mobile, text: text(account.preferredLanguage), language: account.preferredLanguage });
    if (account) {
      const lang = account.preferredLanguage;
      messenger.sendNow({ to: account.email, subject: localize(identityTexts.SECURITY_NOTICE_SUBJECT, lang), text: text(lang), language: lang });
    }
    await em.insert(AuditEvent, {
      type: AuditEventType.CODE_STEP_LOCKED,
      accountId: account?.id ?? null,
      clientAddress: null,
      detail: { step, minutes: lock.minutes },
      createdAt: this.deps.clock.now(),
    });
  }

  /**
   * The confirmation link again, to the account's unconfirmed address: the previous links keep
   * working until they expire (each names the same address). Limited per address like every send
   * (the operation spends `resend-address`) and per recipient (`email-recipient`).
   */
  async resendEmailConfirmation(work: UnitOfWork, accountId: string, meta: RequestMeta): Promise<void> {
    await work.transaction(async (tx) => {
      const account = await tx.em.findOneOrFail(Account, accountId, { populate: ['person'] });
      if (account.emailVerified) throw fail('', 'EMAIL_ALREADY_CONFIRMED');
      await this.deps.rateLimits.consume('email-recipient', account.email, meta.lang);
      this.deps.messenger.email(tx, await this.welcomeEmail(account, account.person.getEntity(), 'resend'));
    });
  }

  /** The welcome e-mail with its confirmation link (also sent when SSO opens an account), or the same link asked for again. */
  async welcomeEmail(account: Account, person: Person, occasion: 'welcome' | 'resend' = 'welcome'): Promise<Email> {
    const now = this.deps.clock.now();
    const token = await this.deps.keys.sign(
      { sub: account.id, email: account.email, iss: this.deps.config.publicUrl, aud: 'absher-email' },
      EMAIL_TOKEN_TYPE,
      new Date(now.getTime() + EMAIL_LINK_TTL_MS),
      now,
    );
    const lang = account.preferredLanguage;
    const name = lang === Language.EN ? person.firstNameEn : person.firstNameAr;
    return {
      to: account.email,
      subject: localize(occasion === 'welcome' ? identityTexts.WELCOME_EMAIL_SUBJECT : identityTexts.CONFIRM_EMAIL_SUBJECT, lang),
      text: localize(occasion === 'welcome' ? identityTexts.WELCOME_EMAIL_BODY : identityTexts.CONFIRM_EMAIL_BODY, lang, { name, link: `${this.deps.config.publicUrl}/confirm-email?token=${token}` }),
      language: lang,
    };
  }
}
