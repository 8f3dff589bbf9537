import { raw } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { MINUTE, addMs, riyadhDate } from '../../shared/clock';
import type { RequestMeta } from '../../shared/context';
import { FieldErrors, UserInputError } from '../../shared/errors';
import { localize } from '../../shared/i18n';
import type { Deps } from '../../shared/module';
import { maskMobile, maskNationalId, normalizeDigits, parseMobile, parseNationalId } from '../../shared/normalize';
import type { Transaction, UnitOfWork } from '../../shared/unit-of-work';
import { Appointment, AppointmentStatus, Office, OfficeCategory } from '../appointments';
import { AuditEvent, AuditEventType, audit } from '../audit';
import { Account, accountCareTexts, Challenge, ChallengePurpose, LoginSession, SessionEndReason, type IdentityErrorCode } from '../identity';
import type { AccountRecoveryErrorCode } from './account-recovery.errors';
import { accountRecoveryTexts } from './account-recovery.texts';
import { OfficeRecoveryCode } from './office-recovery-code.entity';

/** An office's recovery code: 8 digits, printed for the person, typed once on the portal. */
export const OFFICE_CODE_LENGTH = 8;
/** Long enough to leave the office and put the new SIM in; short enough that a lost slip is soon worthless. */
export const OFFICE_CODE_TTL_MS = 30 * MINUTE;
/** Tries at one office code, counted before comparing; then it is void and the office issues another. */
export const OFFICE_CODE_MAX_ATTEMPTS = 5;
/** Offices where an officer may confirm a person's identity for recovery: civil affairs (citizens) and passports (residents). */
export const RECOVERY_OFFICE_CATEGORIES: readonly OfficeCategory[] = [OfficeCategory.CIVIL_AFFAIRS, OfficeCategory.PASSPORTS];

const HASH_PURPOSE = 'office-recovery';
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

type Code = AccountRecoveryErrorCode | IdentityErrorCode;
const fail = (field: string, code: Code) => new UserInputError<Code>([{ field, code }]);

/** What an office's signed callback asks for (see office-route.ts). */
export interface OfficeNotice {
  callbackId: string;
  nationalId: string;
  officeId: string;
  appointmentId: string | null;
  officer: string;
}

export type OfficeIssue =
  { result: 'ISSUED'; code: string; expiresAt: Date } | { result: 'ALREADY_ISSUED' } | { result: 'NOT_FOUND' } | { result: 'OFFICE_UNKNOWN' } | { result: 'APPOINTMENT_MISMATCH' };

export interface RecoveryOptions {
  ssoUrl: string | null;
  officeCodeInDevelopment: boolean;
  officeCodeMinutes: number;
}

/**
 * Regaining access after losing the registered mobile (issue 17, part 3). The person proves who
 * they are — through the national single sign-on, or in person at an office whose signed callback
 * issues a one-time code — names a new mobile that the registry links to their ID, and proves it
 * with an SMS code sent to it. Then, in one transaction: the mobile changes, every session ends
 * (revocations published after the commit), the lost number is told, the confirmed e-mail is told,
 * and the event is audited. `changeMobile` (account care) stays for a person who still has the old
 * phone.
 *
 * The office path answers alike for an ID without an account, a wrong, used, expired or voided code:
 * the portal is no oracle of who has an account.
 */
export class AccountRecoveryService {
  constructor(private readonly deps: Deps<'config' | 'clock' | 'random' | 'hasher' | 'messenger' | 'rateLimits' | 'codes' | 'sessions' | 'sso'>) {}

  options(): RecoveryOptions {
    return {
      ssoUrl: this.deps.sso?.recoveryUrl() ?? null,
      officeCodeInDevelopment: this.deps.config.officeRecovery === 'dev',
      officeCodeMinutes: OFFICE_CODE_TTL_MS / MINUTE,
    };
  }

  /**
   * The office's callback: the officer checked the person's ID card (and their appointment, when they
   * had booked one). Issues a new code — voiding any earlier unused one — unless this callback was
   * handled before, in which case nothing more happens (the code was in the first answer; a lost answer
   * means a new callback with a new `callbackId`).
   */
  async issueOfficeCode(work: UnitOfWork, notice: OfficeNotice): Promise<OfficeIssue> {
    const now = this.deps.clock.now();
    if (await work.em.count(OfficeRecoveryCode, { callbackId: notice.callbackId })) return { result: 'ALREADY_ISSUED' };
    const [office] = await work.em.find(Office, { id: notice.officeId });
    if (!office || !RECOVERY_OFFICE_CATEGORIES.includes(office.category)) return { result: 'OFFICE_UNKNOWN' };
    const account = await work.em.findOne(Account, { person: { nationalId: notice.nationalId, deceased: false } }, { fields: ['id'] });
    if (!account) return { result: 'NOT_FOUND' };
    if (notice.appointmentId) {
      const appointment = await work.em.findOne(Appointment, { id: notice.appointmentId, account: account.id, office: office.id, status: AppointmentStatus.BOOKED });
      if (!appointment || riyadhDate(appointment.startsAt) !== riyadhDate(now)) return { result: 'APPOINTMENT_MISMATCH' };
    }
    const code = this.deps.random.digits(OFFICE_CODE_LENGTH);
    try {
      return await work.transaction(async (tx) => {
        // One live code per account: the newest (a reprint, a second visit) replaces the others.
        await tx.em.nativeUpdate(OfficeRecoveryCode, { accountId: account.id, usedAt: null, voidedAt: null }, { voidedAt: now });
        const row = tx.em.create(OfficeRecoveryCode, {
          id: randomUUID(),
          callbackId: notice.callbackId,
          accountId: account.id,
          officeId: office.id,
          appointmentId: notice.appointmentId,
          officer: notice.officer,
          codeHash: '',
          issuedAt: now,
          expiresAt: addMs(now, OFFICE_CODE_TTL_MS),
        });
        row.codeHash = this.hashFor(row.id, code);
        audit(tx.em, { type: AuditEventType.RECOVERY_CODE_ISSUED, accountId: account.id, at: now, detail: { office: office.id, appointment: !!notice.appointmentId } });
        return { result: 'ISSUED' as const, code, expiresAt: row.expiresAt };
      });
    } catch (error) {
      // The same callback twice at once: the unique callback id lets one through.
      if (await work.em.fork().count(OfficeRecoveryCode, { callbackId: notice.callbackId })) return { result: 'ALREADY_ISSUED' };
      throw error;
    }
  }

  /**
   * The development button (OFFICE_RECOVERY=dev only): stands in for an officer at the first demo
   * civil-affairs office. For an ID without an account it answers a code all the same, one that no
   * account will ever accept, so the button is no oracle either.
   */
  async issueOfficeCodeInDevelopment(work: UnitOfWork, rawNationalId: string): Promise<{ code: string; expiresAt: Date }> {
    const nationalId = parseNationalId(rawNationalId);
    if (!nationalId) throw fail('nationalId', 'INVALID_NATIONAL_ID');
    const [office] = await work.em.find(Office, { category: OfficeCategory.CIVIL_AFFAIRS }, { orderBy: { id: 'asc' }, limit: 1 });
    const issued = office
      ? await this.issueOfficeCode(work, { callbackId: `dev-${randomUUID()}`, nationalId, officeId: office.id, appointmentId: null, officer: 'development' })
      : ({ result: 'NOT_FOUND' } as const);
    if (issued.result === 'ISSUED') return { code: issued.code, expiresAt: issued.expiresAt };
    return { code: this.deps.random.digits(OFFICE_CODE_LENGTH), expiresAt: addMs(this.deps.clock.now(), OFFICE_CODE_TTL_MS) };
  }

  /**
   * Office path, step 1: the national ID, the code the office printed and the new mobile. The code's
   * try is counted (in its own statement, before comparing) and stays counted; when it is right and
   * the registry links the new mobile to the ID, a code goes to the new mobile.
   */
  async startWithOfficeCode(work: UnitOfWork, input: { nationalId: string; recoveryCode: string; newMobile: string }, meta: RequestMeta): Promise<Challenge> {
    const errors = new FieldErrors<Code>();
    const nationalId = parseNationalId(input.nationalId);
    if (!nationalId) errors.add('nationalId', 'INVALID_NATIONAL_ID');
    const mobile = parseMobile(input.newMobile);
    if (!mobile) errors.add('newMobile', 'MOBILE_INVALID');
    errors.throwIfAny();
    // Per ID, from whichever addresses: guesses at one person's code cannot be spread out.
    await this.deps.rateLimits.consume('recovery-id', nationalId!, meta.lang);
    const refused = fail('recoveryCode', 'RECOVERY_CODE_INVALID');
    const code = normalizeDigits(input.recoveryCode).replace(/\s+/g, '');
    const now = this.deps.clock.now();
    const account = await work.em.findOne(Account, { person: { nationalId: nationalId!, deceased: false } }, { populate: ['person'] });
    // Looked for whether or not the ID has an account (a nil id matches nothing), so both take the same statements.
    const row = await work.em.findOne(
      OfficeRecoveryCode,
      { accountId: account?.id ?? NIL_UUID, usedAt: null, voidedAt: null, expiresAt: { $gt: now } },
      { orderBy: { issuedAt: 'desc' }, disableIdentityMap: true },
    );
    if (!account || !row) throw refused;
    const counted = await work.em.nativeUpdate(
      OfficeRecoveryCode,
      { id: row.id, usedAt: null, voidedAt: null, expiresAt: { $gt: now }, attempts: { $lt: OFFICE_CODE_MAX_ATTEMPTS } },
      { attempts: raw('attempts + 1') },
    );
    if (counted !== 1) throw refused;
    const right = new RegExp(`^\\d{${OFFICE_CODE_LENGTH}}$`).test(code) && this.deps.hasher.matches(HASH_PURPOSE, `${row.id}:${code}`, row.codeHash);
    if (!right) {
      await work.em.insert(AuditEvent, { type: AuditEventType.CODE_FAILED, accountId: account.id, clientAddress: meta.clientAddress, detail: { purpose: 'OFFICE_RECOVERY' }, createdAt: now });
      throw refused;
    }
    // Proven: from here on the answers may speak of this person's own account.
    const person = account.person.getEntity();
    if (mobile === account.mobile) throw fail('newMobile', 'SAME_MOBILE');
    if (!person.mobiles.includes(mobile!)) throw fail('newMobile', 'MOBILE_NOT_LINKED');
    return work.transaction(async (tx) => {
      const challenge = await this.sendCode(tx, account, mobile!, meta);
      // The code stays usable (its tries counted) until the recovery it opens completes, but opens one
      // challenge at a time: the one it opened before (another number, a lost SMS) can no longer complete.
      if (row.challengeId) await tx.em.nativeUpdate(Challenge, { id: row.challengeId, consumedAt: null }, { consumedAt: this.deps.clock.now() });
      await tx.em.nativeUpdate(OfficeRecoveryCode, { id: row.id, usedAt: null }, { challengeId: challenge.id });
      return challenge;
    });
  }

  /** SSO path, step 1: the proof from `/recover/sso#token=…` and the new mobile; a code goes to the new mobile. */
  async startWithSso(work: UnitOfWork, input: { token: string; newMobile: string }, meta: RequestMeta): Promise<Challenge> {
    const sso = this.deps.sso;
    if (!sso) throw fail('token', 'SSO_RECOVERY_DISABLED');
    const proof = await sso.openRecoveryProof(input.token);
    if (!proof) throw fail('token', 'SSO_PROOF_INVALID');
    const mobile = parseMobile(input.newMobile);
    if (!mobile) throw fail('newMobile', 'MOBILE_INVALID');
    const account = await work.em.findOne(Account, { person: proof.nationalId }, { populate: ['person'] });
    // The provider proved this person: telling them that they have no account tells nobody else anything.
    if (!account) throw fail('token', 'NO_ACCOUNT');
    const person = account.person.getEntity();
    if (person.deceased) throw fail('token', 'SSO_PROOF_INVALID');
    if (mobile === account.mobile) throw fail('newMobile', 'SAME_MOBILE');
    if (!person.mobiles.includes(mobile)) throw fail('newMobile', 'MOBILE_NOT_LINKED');
    return work.transaction((tx) => this.sendCode(tx, account, mobile, meta));
  }

  /**
   * Step 2, both paths: the code from the new mobile. One transaction: the mobile changes, the office
   * code (if any) is spent, every session ends, the lost number and the confirmed e-mail are told.
   */
  async complete(work: UnitOfWork, input: { challengeId: string; code: string }, meta: RequestMeta): Promise<{ maskedMobile: string; sessionsEnded: number }> {
    const challenge = await this.deps.codes.verify(work.em, input.challengeId, ChallengePurpose.ACCOUNT_RECOVERY, input.code);
    return work.transaction(async (tx) => {
      if (!(await this.deps.codes.consume(tx.em, challenge))) throw fail('code', 'CHALLENGE_NOT_FOUND');
      const now = this.deps.clock.now();
      const office = await tx.em.findOne(OfficeRecoveryCode, { challengeId: challenge.id });
      // A newer office code (or a completed recovery) voided the one that opened this challenge.
      if (office && (await tx.em.nativeUpdate(OfficeRecoveryCode, { id: office.id, usedAt: null, voidedAt: null }, { usedAt: now })) !== 1) throw fail('code', 'CHALLENGE_NOT_FOUND');
      const account = await tx.em.findOneOrFail(Account, challenge.accountId!, { populate: ['person'] });
      // The registry may have moved the number in the minutes since step 1.
      if (!account.person.getEntity().mobiles.includes(challenge.mobile)) throw fail('code', 'MOBILE_NOT_LINKED');
      const previous = account.mobile;
      account.mobile = challenge.mobile;
      // Any other printed code is worthless now.
      await tx.em.nativeUpdate(OfficeRecoveryCode, { accountId: account.id, usedAt: null, voidedAt: null }, { voidedAt: now });
      const sessionsEnded = await this.endEverySession(tx, account.id);
      const via = office ? 'office' : 'sso';
      const masked = maskMobile(challenge.mobile);
      audit(tx.em, {
        type: AuditEventType.ACCOUNT_RECOVERED,
        accountId: account.id,
        clientAddress: meta.clientAddress,
        at: now,
        detail: { via, to: masked, sessionsEnded, nationalId: maskNationalId(account.person.getEntity().nationalId) },
      });
      const lang = account.preferredLanguage;
      // Whether the lost number still reaches anyone is the gateway's business: it is told all the same.
      this.deps.messenger.sms(tx, { to: previous, text: localize(accountRecoveryTexts.RECOVERED_OLD_MOBILE, lang, { mobile: masked }), language: lang });
      if (account.emailVerified) {
        this.deps.messenger.email(tx, {
          to: account.email,
          subject: localize(accountRecoveryTexts.RECOVERED_EMAIL_SUBJECT, lang),
          text: localize(accountRecoveryTexts.RECOVERED_EMAIL_BODY, lang, {
            mobile: masked,
            via: localize(via === 'office' ? accountRecoveryTexts.VIA_OFFICE : accountRecoveryTexts.VIA_SSO, lang),
          }),
          language: lang,
        });
      }
      return { maskedMobile: masked, sessionsEnded };
    });
  }

  private async sendCode(tx: Transaction, account: Account, mobile: string, meta: RequestMeta): Promise<Challenge> {
    await this.deps.rateLimits.sms(mobile, meta.clientAddress, meta.lang);
    const { challenge, code } = this.deps.codes.create(tx.em, {
      purpose: ChallengePurpose.ACCOUNT_RECOVERY,
      mobile,
      accountId: account.id,
      nationalId: account.person.nationalId,
      language: account.preferredLanguage,
      clientAddress: meta.clientAddress,
    });
    this.deps.messenger.sms(tx, { to: mobile, text: localize(accountCareTexts.ACCOUNT_RECOVERY_CODE, account.preferredLanguage, { code }), language: account.preferredLanguage });
    return challenge;
  }

  /** Ends every live session of the account through the sessions machinery (revocation published after the commit). */
  private async endEverySession(tx: Transaction, accountId: string): Promise<number> {
    const live = await tx.em.find(LoginSession, { account: accountId, endedAt: null }, { fields: ['id'] });
    let ended = 0;
    for (const { id } of live) if (await this.deps.sessions.end(tx, id, SessionEndReason.ACCOUNT_RECOVERED)) ended++;
    return ended;
  }

  private hashFor(id: string, code: string): string {
    return this.deps.hasher.digest(HASH_PURPOSE, `${id}:${code}`);
  }
}
