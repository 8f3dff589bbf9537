import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../shared/connection';
import type { Actor } from '../../shared/context';
import type { GlobalIds } from '../../shared/global-id';
import { view } from '../../shared/read-model';
import type { LoginSession } from './account.entity';
import { Node } from '../../shared/node';
import { IdentityErrors, type IdentityError } from './identity.errors';
import { type AuditEvent, AuditEventType } from '../audit';
import { Account } from './account.entity';
import { CodeChallenge } from './identity.payloads';
import { deviceName } from './device-name';
import { Language } from '../../shared/i18n';

registerEnumType(AuditEventType, {
  name: 'SecurityEventType',
  description: "What happened, in an account's security history (`myActivity`).",
  valuesConfig: {
    REGISTERED: { description: 'The account was created.' },
    REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT: { description: 'Someone tried to register again with this ID; the owner was told by SMS.' },
    LOGIN_PASSWORD_OK: { description: 'The password was right and a log-in code was sent.' },
    LOGIN_SUCCEEDED: { description: 'Logged in (password and SMS code).' },
    LOGIN_FAILED: { description: 'A log-in was refused: wrong password, or the account was locked.' },
    ACCOUNT_LOCKED: { description: 'Log-in was paused after repeated wrong passwords.' },
    CODE_FAILED: { description: 'A wrong SMS code was entered.' },
    CODE_STEP_LOCKED: { description: 'Wrong SMS codes paused a code step (log-in, password reset, account changes or registration) for a while.' },
    REFRESH_TOKEN_REUSED: { description: 'An old session token was presented again; the session was ended as a precaution.' },
    LOGOUT: { description: 'Logged out.' },
    SESSION_REVOKED: { description: 'A session was ended from the sessions list.' },
    PASSWORD_CHANGED: { description: 'The password was changed or reset; other sessions were ended.' },
    EMAIL_CONFIRMED: { description: 'The e-mail address was confirmed.' },
    REQUEST_SUBMITTED: { description: 'An e-service request was submitted.' },
    BILL_PAID: { description: 'A bill was paid.' },
    PASSWORD_RESET_REQUESTED: { description: 'A password reset code was asked for.' },
    REAUTHENTICATED: { description: 'Password and SMS code were confirmed again before changing contact details.' },
    EMAIL_CHANGE_REQUESTED: { description: 'A new e-mail address was given; it waits for its link to be opened.' },
    EMAIL_CHANGED: { description: 'The e-mail address was changed.' },
    MOBILE_CHANGED: { description: 'The registered mobile was changed.' },
    RECOVERY_CODE_ISSUED: { description: 'An officer at an office confirmed your identity and issued a one-time code to recover the account.' },
    ACCOUNT_RECOVERED: { description: 'The account was recovered after losing the phone: a new mobile was linked and every session was ended.' },
    AUTHORISATION_GRANTED: { description: 'An authorisation was given: by you, or to you (a driver authorisation too).' },
    AUTHORISATION_ACCEPTED: { description: 'An authorisation between you and another person was accepted by its delegate.' },
    AUTHORISATION_DECLINED: { description: 'An authorisation between you and another person was declined by its delegate.' },
    AUTHORISATION_REVOKED: { description: 'An authorisation between you and another person was revoked by its grantor.' },
    ACTED_FOR: { description: 'Under an authorisation, a delegate submitted an e-service for its grantor (you were one of them).' },
  },
});

@ObjectType({ description: 'Result of `requestPasswordReset`: the same whether or not the ID and mobile match an account.' })
export class RequestPasswordResetPayload {
  @Field(() => CodeChallenge, {
    nullable: true,
    description: 'Pass its `id` to `resetPassword` with the code. When the ID and mobile match an account, the code goes to that mobile; otherwise no code ever works.',
  })
  challenge?: CodeChallenge | null;

  @Field(() => [IdentityErrors.type], { description: 'Why the input was refused (format, image code); empty on success.' })
  errors!: IdentityError[];

  @Field(() => Boolean, {
    description:
      'Whether this attempt used up the image code (and its proof of work). False when only the input’s own checks failed: correct the fields and send the same image code again. True otherwise: ask `newCaptcha` for another.',
  })
  captchaSpent!: boolean;
}

@ObjectType({ description: 'Result of `resetPassword` and `changePassword`.' })
export class PasswordChangePayload {
  @Field(() => Boolean, { description: 'Whether the password was changed. Every other session was ended.' })
  passwordChanged!: boolean;

  @Field(() => [IdentityErrors.type], { description: 'Why it was not changed; empty on success.' })
  errors!: IdentityError[];
}

@ObjectType({ description: 'Result of `reauthenticate`.' })
export class ReauthenticatePayload {
  @Field(() => CodeChallenge, { nullable: true, description: 'Pass its `id` with the SMS code to `verifyReauthentication`.' })
  challenge?: CodeChallenge | null;

  @Field(() => [IdentityErrors.type], { description: 'Why no code was sent; empty on success.' })
  errors!: IdentityError[];
}

@ObjectType({ description: 'Result of `verifyReauthentication`.' })
export class VerifyReauthenticationPayload {
  @Field(() => Date, { nullable: true, description: 'Until when this session may change the mobile or e-mail (10 minutes).' })
  reauthenticatedUntil?: Date | null;

  @Field(() => [IdentityErrors.type], { description: 'Why the code was refused; empty on success.' })
  errors!: IdentityError[];
}

@ObjectType({ description: 'Result of `changeEmail`.' })
export class ChangeEmailPayload {
  @Field(() => Boolean, { description: 'Whether a confirmation link was sent to the new address. The address changes when the link is opened.' })
  confirmationSent!: boolean;

  @Field(() => [IdentityErrors.type], { description: 'Why nothing was sent; empty on success.' })
  errors!: IdentityError[];
}

@ObjectType({ description: 'Result of `confirmEmailChange`.' })
export class ConfirmEmailChangePayload {
  @Field(() => Boolean, { description: 'Whether the account now uses the new, confirmed address.' })
  changed!: boolean;

  @Field(() => [IdentityErrors.type], { description: 'Why the link was refused; empty on success.' })
  errors!: IdentityError[];
}

@ObjectType({ description: 'Result of `changeMobile`.' })
export class ChangeMobilePayload {
  @Field(() => CodeChallenge, { nullable: true, description: 'A code was sent to the new mobile: pass this `id` with it to `verifyMobileChange`.' })
  challenge?: CodeChallenge | null;

  @Field(() => [IdentityErrors.type], { description: 'Why no code was sent; empty on success.' })
  errors!: IdentityError[];
}

@ObjectType({ description: 'Result of `verifyMobileChange`.' })
export class VerifyMobileChangePayload {
  @Field(() => Account, { nullable: true, description: 'The account, with its new registered mobile.' })
  account?: Account | null;

  @Field(() => [IdentityErrors.type], { description: 'Why the code was refused; empty on success.' })
  errors!: IdentityError[];
}

@ObjectType({ description: 'A signed-in session of your account (a browser or app where you are logged in).', implements: Node })
export class SessionInfo {
  @Field(() => ID, { description: 'The global ID (`Node`): pass to `revokeSession` to end it.' })
  id!: string;

  @Field(() => String, { description: 'The device, as its browser or app described itself (User-Agent), or "Unknown device".' })
  device!: string;

  @Field(() => String, { description: 'The device in Arabic words, read from its User-Agent: «كروم على لينكس»; «جهاز غير معروف» when it cannot be told.' })
  deviceNameAr!: string;

  @Field(() => String, { description: 'The device in English words, read from its User-Agent: "Chrome on Linux"; "Unknown device" when it cannot be told.' })
  deviceNameEn!: string;

  @Field(() => String, { nullable: true, description: 'The network address it logged in from.' })
  clientAddress!: string | null;

  @Field(() => Date, { description: 'When it logged in.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last renewed its tokens (at least every 10 minutes while in use).' })
  lastUsedAt!: Date;

  @Field(() => Boolean, { description: 'Whether this is the session making this request.' })
  current!: boolean;
}

@ObjectType({ description: 'Result of `revokeSession`.' })
export class RevokeSessionPayload {
  @Field(() => Boolean, { description: 'Whether the session was ended; its access tokens stop working at once.' })
  revoked!: boolean;

  @Field(() => [IdentityErrors.type], { description: 'Why not (no such session of yours); empty on success.' })
  errors!: IdentityError[];
}

@ObjectType({ description: 'Result of `revokeOtherSessions`.' })
export class RevokeOtherSessionsPayload {
  @Field(() => Int, { description: 'How many sessions were ended.' })
  revokedCount!: number;
}

@ObjectType({ description: "One event of your account's security history.", implements: Node })
export class SecurityEvent {
  @Field(() => ID, { description: 'The global ID (`Node`).' })
  id!: string;

  @Field(() => AuditEventType, { description: 'What happened.' })
  type!: AuditEventType;

  @Field(() => Date, { description: 'When.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'The network address it came from, when known.' })
  clientAddress!: string | null;
}

/** A session as `mySessions` and `node(id:)` show it. */
export function sessionInfoOf(ids: GlobalIds, s: LoginSession, actor: Actor): SessionInfo {
  return view(SessionInfo, {
    id: ids.plain('SessionInfo', s.id),
    device: s.userAgent || 'Unknown device',
    deviceNameAr: deviceName(s.userAgent, Language.AR),
    deviceNameEn: deviceName(s.userAgent, Language.EN),
    clientAddress: s.clientAddress ?? null,
    createdAt: s.createdAt,
    lastUsedAt: s.lastUsedAt,
    current: s.id === actor.sessionId,
  });
}

/** A security event as `myActivity` and `node(id:)` show it. */
export function securityEventOf(ids: GlobalIds, e: AuditEvent): SecurityEvent {
  return view(SecurityEvent, { id: ids.plain('SecurityEvent', e.id), type: e.type, at: e.createdAt, clientAddress: e.clientAddress ?? null });
}

export const SecurityEventConnection = ConnectionType(SecurityEvent, 'SecurityEvent', 'security event');
export const SessionInfoConnection = ConnectionType(SessionInfo, 'SessionInfo', 'session');

@ObjectType({ description: 'Result of `changePreferredLanguage`.' })
export class ChangePreferredLanguagePayload {
  @Field(() => Account, { nullable: true, description: 'The account, with its new preferred language.' })
  account?: Account | null;

  @Field(() => [IdentityErrors.type], { description: 'Why nothing changed; empty on success.' })
  errors!: IdentityError[];
}
