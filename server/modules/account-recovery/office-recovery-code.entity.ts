import { randomUUID } from 'node:crypto';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A one-time recovery code an office issued after an officer checked the person's identity in
 * person (the office's signed callback, `office-route.ts`). Only an HMAC of the code is kept; the
 * code itself was answered once to the office's system, which prints it for the person. Single use,
 * short-lived, five tries counted before comparing; a newer code for the account voids the older.
 */
@Entity({ tableName: 'office_recovery_codes' })
@Index({ properties: ['accountId', 'issuedAt'] })
export class OfficeRecoveryCode {
  [OptionalProps]?: 'id' | 'attempts' | 'appointmentId' | 'challengeId' | 'usedAt' | 'voidedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The office system's own id for this issue: the same callback again (a retry, a replay) issues nothing more. */
  @Property({ type: 'string', length: 64, unique: true })
  callbackId!: string;

  @Property({ type: 'uuid' })
  accountId!: string;

  /** The office where the officer checked the person (an appointments office code). */
  @Property({ type: 'string', length: 40 })
  officeId!: string;

  /** The person's appointment at that office, when they had booked one. */
  @Property({ type: 'uuid', nullable: true })
  appointmentId?: string | null = null;

  /** The officer's staff number, for the office's own records and the audit (never the person's data). */
  @Property({ type: 'string', length: 32 })
  officer!: string;

  @Property({ type: 'string', length: 64 })
  codeHash!: string;

  /** Tries at the code; counted in its own statement before comparing. */
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** The SMS challenge to the new mobile this code last opened; the recovery completes only through it. */
  @Property({ type: 'uuid', nullable: true })
  challengeId?: string | null = null;

  /** When the recovery it opened completed: the code is spent. */
  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null = null;

  /** When a newer code for the same account replaced it. */
  @Property({ type: 'datetime', nullable: true })
  voidedAt?: Date | null = null;
}
