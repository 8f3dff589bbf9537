import { Entity, Enum, ManyToOne, PrimaryKeyProp, Property, Ref } from '@mikro-orm/core';
import { Account } from '../identity';
import { NotificationTopic } from './notification-topic';

/** One account's channels for one topic; absent rows mean the defaults. */
@Entity({ tableName: 'notification_preferences' })
export class NotificationPreference {
  [PrimaryKeyProp]?: ['account', 'topic'];

  @ManyToOne({ entity: () => Account, ref: true, primary: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  @Enum({ items: () => NotificationTopic, primary: true })
  topic!: NotificationTopic;

  @Property({ type: 'boolean' })
  sms!: boolean;

  @Property({ type: 'boolean' })
  email!: boolean;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
