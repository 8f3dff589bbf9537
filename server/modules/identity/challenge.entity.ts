import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Language } from '../../shared/i18n';

export enum ChallengePurpose {
  REGISTRATION = 'REGISTRATION',
  LOGIN = 'LOGIN',
  PASSWORD_RESET = 'PASSWORD_RESET',
  /** Password and code again, before changing the mobile or e-mail (account care). */
  REAUTHENTICATION = 'REAUTHENTICATION',
  /** A code sent to the new number proves it before it replaces the registered one. */
  MOBILE_CHANGE = 'MOBILE_CHANGE',
  /**
   * A person who lost the registered mobile proved who they are (national SSO or an office's
   * one-time code, modules/account-recovery): a code sent to the new number proves it before it
   * replaces the lost one.
   */
  ACCOUNT_RECOVERY = 'ACCOUNT_RECOVERY',
}

/** What a registration challenge carries until its code is verified; the account is made from it. */
export interface PendingRegistration {
  nationalId: string;
  username: string;
  email: string;
  passwordHash: string;
  preferredLanguage: Language;
  termsVersion: string;
  termsAcceptedAt: string;
}

/**
 * One attempt at proving possession of a mobile: the SMS code sent for it is bound to this row
 * and to nothing else. Only an HMAC of the code is kept.
 */
@Entity({ tableName: 'code_challenges' })
export class Challenge {
  [OptionalProps]?: 'id' | 'attempts' | 'sends' | 'decoy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => ChallengePurpose })
  purpose!: ChallengePurpose;

  @Index()
  @Property({ type: 'string', length: 16 })
  mobile!: string;

  @Property({ type: 'uuid', nullable: true })
  accountId?: string | null;

  @Property({ type: 'string', length: 64 })
  codeHash!: string;

  @Property({ type: 'datetime' })
  codeExpiresAt!: Date;

  /** Tries at the current code; counted in its own statement before comparing. */
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'integer', default: 1 })
  sends: number = 1;

  @Property({ type: 'datetime' })
  lastSentAt!: Date;

  /** A challenge lives at most this long, however many codes are sent for it. */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  consumedAt?: Date | null;

  /**
   * A decoy answers a registration for an ID that already has an account exactly like a real one;
   * no code can ever verify it, and its SMS tells the owner about the existing account instead.
   */
  @Property({ type: 'boolean', default: false })
  decoy: boolean = false;

  @Enum({ items: () => Language })
  language!: Language;

  @Property({ type: 'json', nullable: true, hidden: true })
  pending?: PendingRegistration | null;

  @Property({ type: 'string', nullable: true })
  clientAddress?: string | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** The national ID a registration or password reset was asked for (wrong codes are counted per ID too). */
  @Property({ type: 'string', length: 10, nullable: true })
  nationalId?: string | null;
}

/** A 4-digit image code: single use, two minutes. */
@Entity({ tableName: 'captchas' })
export class CaptchaCode {
  [OptionalProps]?: 'id' | 'audioPlays';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64 })
  codeHash!: string;

  @Index()
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;

  /**
   * The digits encrypted (AES-256-GCM under a key derived from APP_SECRETS) so the audio version can
   * be spoken on demand; null for codes made before audio existed.
   */
  @Property({ type: 'text', nullable: true, hidden: true })
  sealedCode?: string | null;

  /** How often the audio was served: capped, so that many renders cannot be averaged. */
  @Property({ type: 'integer', default: 0 })
  audioPlays: number = 0;
}
