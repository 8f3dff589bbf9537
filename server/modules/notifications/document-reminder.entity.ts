import { Entity, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A document-expiry reminder that was sent: the job's memory, in the database so that it holds
 * across restarts and across several instances. The unique key makes "once per document, expiry
 * date and threshold" the database's rule: a renewal (a new expiry date) arms the reminders again.
 */
@Entity({ tableName: 'document_reminders' })
@Unique({ properties: ['documentId', 'expiresOn', 'thresholdDays'] })
export class DocumentReminder {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'uuid' })
  documentId!: string;

  @Property({ type: 'date' })
  expiresOn!: string;

  /** 30 or 7: which reminder this was. */
  @Property({ type: 'integer' })
  thresholdDays!: number;

  @Property({ type: 'datetime' })
  sentAt!: Date;
}
