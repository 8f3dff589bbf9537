import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../shared/node';
import { Account } from '../identity';
import { NotificationKind } from './notification-kind';

/**
 * An in-app notification: what happened to one account's requests, bills, appointments and
 * documents. The text is rendered in both languages when it is created, so the list reads right
 * whichever language the person later switches to, and no template change rewrites history.
 */
@ObjectType({ description: 'Something the portal told the signed-in person: a request outcome, a bill, an appointment, a document about to expire.', implements: Node })
@Entity({ tableName: 'notifications' })
@Index({ properties: ['account', 'id'] })
export class Notification {
  [OptionalProps]?: 'id' | 'readAt' | 'link' | 'reference' | 'read';

  /** Increasing, so it doubles as the cursor of the newest-first list. */
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Account, ref: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  @Field(() => String, { description: 'Title in Arabic.' })
  @Property({ type: 'string' })
  titleAr!: string;

  @Field(() => String, { description: 'Title in English.' })
  @Property({ type: 'string' })
  titleEn!: string;

  @Field(() => String, { description: 'Text in Arabic.' })
  @Property({ type: 'text' })
  bodyAr!: string;

  @Field(() => String, { description: 'Text in English.' })
  @Property({ type: 'text' })
  bodyEn!: string;

  /** Where in the portal the notification leads (a path such as `/requests/R-…`), if anywhere. */
  @Field(() => String, { nullable: true, description: 'Where in the portal it leads (a path such as `/requests/R-…`), if anywhere.' })
  @Property({ type: 'string', nullable: true })
  link?: string | null = null;

  /** The business reference it is about (a request reference, a bill number, or the global ID of an appointment or a document). */
  @Field(() => String, { nullable: true, description: 'What it is about, if anything: a request reference, a bill number, or the global ID (`node(id:)`) of an appointment or a document.' })
  @Property({ type: 'string', nullable: true })
  reference?: string | null = null;

  @Field(() => Date, { description: 'When it was sent.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the person marked it read; null while unread.' })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null = null;

  @Field(() => Boolean, { description: 'Whether the person has marked it read.' })
  get read(): boolean {
    return this.readAt != null;
  }
}
