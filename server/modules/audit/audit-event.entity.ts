import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export enum AuditEventType {
  REGISTERED = 'REGISTERED',
  REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT = 'REGISTRATION_ATTEMPT_FOR_EXISTING_ACCOUNT',
  LOGIN_PASSWORD_OK = 'LOGIN_PASSWORD_OK',
  LOGIN_SUCCEEDED = 'LOGIN_SUCCEEDED',
  LOGIN_FAILED = 'LOGIN_FAILED',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  CODE_FAILED = 'CODE_FAILED',
  /** Wrong SMS codes locked a code step (log-in, reset, account changes, registration) for a subject. */
  CODE_STEP_LOCKED = 'CODE_STEP_LOCKED',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  LOGOUT = 'LOGOUT',
  SESSION_REVOKED = 'SESSION_REVOKED',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  EMAIL_CONFIRMED = 'EMAIL_CONFIRMED',
  REQUEST_SUBMITTED = 'REQUEST_SUBMITTED',
  BILL_PAID = 'BILL_PAID',
  PASSWORD_RESET_REQUESTED = 'PASSWORD_RESET_REQUESTED',
  REAUTHENTICATED = 'REAUTHENTICATED',
  EMAIL_CHANGE_REQUESTED = 'EMAIL_CHANGE_REQUESTED',
  EMAIL_CHANGED = 'EMAIL_CHANGED',
  MOBILE_CHANGED = 'MOBILE_CHANGED',
  SSO_LINKED = 'SSO_LINKED',
  SSO_UNLINKED = 'SSO_UNLINKED',
  SSO_LOGIN_FAILED = 'SSO_LOGIN_FAILED',
  VISA_CANCELLED = 'VISA_CANCELLED',
  /** An office's signed callback issued a one-time recovery code for the account (modules/account-recovery). */
  RECOVERY_CODE_ISSUED = 'RECOVERY_CODE_ISSUED',
  /** The account was recovered after its mobile was lost: a new mobile, every session ended. */
  ACCOUNT_RECOVERED = 'ACCOUNT_RECOVERED',
  DOCUMENT_REPORTED_LOST = 'DOCUMENT_REPORTED_LOST',
  /** An authorisation was given (one event in the grantor's history, one in the delegate's: modules/authorisations). */
  AUTHORISATION_GRANTED = 'AUTHORISATION_GRANTED',
  AUTHORISATION_ACCEPTED = 'AUTHORISATION_ACCEPTED',
  AUTHORISATION_DECLINED = 'AUTHORISATION_DECLINED',
  AUTHORISATION_REVOKED = 'AUTHORISATION_REVOKED',
  /** A delegate submitted an e-service for the grantor under an authorisation (in both histories). */
  ACTED_FOR = 'ACTED_FOR',
}

/**
 * A security-relevant event (SPEC §6). Holds no password, code, token or full ID: the subject is
 * an account id, and `detail` only masked values.
 */
@Entity({ tableName: 'audit_events' })
@Index({ properties: ['accountId', 'createdAt'] })
export class AuditEvent {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Enum({ items: () => AuditEventType })
  type!: AuditEventType;

  @Property({ type: 'uuid', nullable: true })
  accountId?: string | null;

  @Property({ type: 'string', nullable: true })
  clientAddress?: string | null;

  @Property({ type: 'json', nullable: true })
  detail?: Record<string, string | number | boolean> | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
