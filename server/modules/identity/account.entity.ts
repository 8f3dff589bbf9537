import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OneToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../shared/node';
import { Language } from '../../shared/i18n';
import { maskMobile } from '../../shared/normalize';
import { Person } from '../registry';

/** A person's portal account, created when their registration code is verified. */
@ObjectType({ description: "A person's portal account.", implements: Node })
@Entity({ tableName: 'accounts' })
export class Account {
  [OptionalProps]?: 'id' | 'emailVerified' | 'preferredLanguage' | 'lockouts' | 'maskedMobile';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne({ entity: () => Person, owner: true, ref: true, fieldName: 'national_id', unique: true, deleteRule: 'restrict' })
  person!: Ref<Person>;

  @Field(() => String, { description: 'User name as chosen at registration (English letters, case kept).' })
  @Property({ type: 'string', length: 20 })
  username!: string;

  /** Uniqueness of user names ignores case: `Ahmed` and `ahmed` are one name. */
  @Property({ type: 'string', length: 20, unique: true })
  usernameKey!: string;

  @Field(() => String, { description: 'E-mail address, lower-cased.' })
  @Property({ type: 'string' })
  email!: string;

  @Field(() => Boolean, { description: 'Whether the e-mail address was confirmed through the link sent to it.' })
  @Property({ type: 'boolean', default: false })
  emailVerified: boolean = false;

  /** The registered mobile (E.164): one of the registry's numbers for this ID, chosen at registration. */
  @Property({ type: 'string', length: 16 })
  mobile!: string;

  @Property({ type: 'string', hidden: true })
  passwordHash!: string;

  @Field(() => Language, { description: 'The language the portal, SMS and e-mail use for this person.' })
  @Enum({ items: () => Language })
  preferredLanguage: Language = Language.AR;

  @Property({ type: 'string' })
  termsVersion!: string;

  @Property({ type: 'datetime' })
  termsAcceptedAt!: Date;

  @Field(() => Date, { description: 'When the account was created.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  passwordChangedAt?: Date | null;

  /**
   * Wrong passwords before this instant no longer count towards a lock (SPEC §3): set when the
   * right password is given, so a person who mistypes now and then is never locked by old slips.
   */
  @Property({ type: 'datetime', nullable: true })
  passwordFailuresSince?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'integer', default: 0 })
  lockouts: number = 0;

  @Field(() => String, { description: 'The registered mobile, masked (+966 5• ••• ••67).' })
  get maskedMobile(): string {
    return maskMobile(this.mobile);
  }
}

export enum SessionEndReason {
  LOGOUT = 'LOGOUT',
  REVOKED = 'REVOKED',
  REFRESH_REUSE = 'REFRESH_REUSE',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  /** The account was recovered after its mobile was lost (modules/account-recovery): every session ends. */
  ACCOUNT_RECOVERED = 'ACCOUNT_RECOVERED',
}

/**
 * A signed-in session: one "family" of refresh tokens. Access tokens carry its id (`sid`), so
 * ending the session ends them too.
 */
@Entity({ tableName: 'sessions' })
export class LoginSession {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Account, ref: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  lastUsedAt!: Date;

  /** No refresh after this, however active the session. */
  @Property({ type: 'datetime' })
  absoluteExpiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  endedAt?: Date | null;

  @Enum({ items: () => SessionEndReason, nullable: true })
  endReason?: SessionEndReason | null;

  @Property({ type: 'string', nullable: true })
  userAgent?: string | null;

  @Property({ type: 'string', nullable: true })
  clientAddress?: string | null;

  /** When the holder last proved password and SMS code again in this session (`reauthenticate`). */
  @Property({ type: 'datetime', nullable: true })
  reauthenticatedAt?: Date | null;
}

/** A refresh token, stored only as its SHA-256. Used once: each use issues the next. */
@Entity({ tableName: 'refresh_tokens' })
export class RefreshToken {
  [PrimaryKeyProp]?: 'tokenHash';

  @PrimaryKey({ type: 'string', length: 43 })
  tokenHash!: string;

  @ManyToOne({ entity: () => LoginSession, ref: true, deleteRule: 'cascade' })
  session!: Ref<LoginSession>;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}

/**
 * The pair a refresh token was just traded for, kept a few seconds (`REFRESH_GRACE_MS`) so that a
 * second trade of the same token — another tab, a retried request — answers the same pair instead
 * of ending the session. Sealed under a key derived from that refresh token, which is stored nowhere
 * (only its SHA-256, the key of this row): only whoever presents the token again can open it. Rows
 * past their time are purged by the identity module's job.
 */
@Entity({ tableName: 'refresh_grace' })
export class RefreshGrace {
  [PrimaryKeyProp]?: 'tokenHash';

  /** The traded refresh token's SHA-256, as in `refresh_tokens`. */
  @PrimaryKey({ type: 'string', length: 43 })
  tokenHash!: string;

  /** The pair it was traded for: a compact JWE (dir, A256GCM). */
  @Property({ type: 'text' })
  sealed!: string;

  @Index()
  @Property({ type: 'datetime' })
  expiresAt!: Date;
}
