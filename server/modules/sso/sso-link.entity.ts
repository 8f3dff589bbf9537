import { randomUUID } from 'node:crypto';
import { Entity, OneToOne, OptionalProps, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { Account } from '../identity';

/**
 * The holder's consent that the national single sign-on may open this account. Without a row,
 * an SSO log-in of an existing account asks for the account's password once (see SsoService).
 */
@Entity({ tableName: 'sso_links' })
export class SsoLink {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne({ entity: () => Account, owner: true, ref: true, unique: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  /** The provider that proved the national ID when the link was made. */
  @Property({ type: 'string' })
  issuer!: string;

  @Property({ type: 'datetime' })
  linkedAt!: Date;
}
