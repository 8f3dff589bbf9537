import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export enum Channel {
  SMS = 'SMS',
  EMAIL = 'EMAIL',
}

/**
 * A message "sent" through the outbox gateway: the development stand-in for the SMS operator and
 * the mail server, readable at `/dev/outbox`. Production gateways do not write here, so codes in
 * message texts are never stored by them.
 */
@Entity({ tableName: 'outbox_messages' })
@Index({ properties: ['recipient', 'id'] })
export class OutboxMessage {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Enum({ items: () => Channel })
  channel!: Channel;

  @Property({ type: 'string' })
  recipient!: string;

  @Property({ type: 'string', nullable: true })
  subject?: string | null;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'string', length: 2 })
  locale!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
