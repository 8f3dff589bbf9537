import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { Account } from '../identity/account.entity';
import { NotificationKind } from './notification-kind';

/**
 * An in-app notification: what happened to one account's requests, bills, appointments and
 * documents. The text is rendered in both languages when it is created, so the list reads right
 * whichever language the person later switches to, and no template change rewrites history.
 */
@Entity({ tableName: 'notifications' })
@Index({ properties: ['account', 'id'] })
export class Notification {
  [OptionalProps]?: 'id' | 'readAt' | 'link' | 'reference';

  /** Increasing, so it doubles as the cursor of the newest-first list. */
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Account, ref: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  @Property({ type: 'string' })
  titleAr!: string;

  @Property({ type: 'string' })
  titleEn!: string;

  @Property({ type: 'text' })
  bodyAr!: string;

  @Property({ type: 'text' })
  bodyEn!: string;

  /** Where in the portal the notification leads (a path such as `/requests/R-…`), if anywhere. */
  @Property({ type: 'string', nullable: true })
  link?: string | null = null;

  /** The business reference it is about (request reference, bill number, appointment id, …). */
  @Property({ type: 'string', nullable: true })
  reference?: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null = null;
}
