import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum RefundStatus {
  PENDING = 'PENDING',
  COMPLETED = 'COMPLETED',
}
registerEnumType(RefundStatus, {
  name: 'RefundStatus',
  description: 'Where a refund stands.',
  valuesConfig: {
    PENDING: { description: 'Owed and asked of the payment gateway; not yet confirmed by it.' },
    COMPLETED: { description: 'The gateway confirmed it: the money is on its way back to where it was paid from.' },
  },
});

/**
 * Money given back for a paid bill whose request was rejected. One per bill (the unique
 * `billNumber`), created in the transaction that rejected the request: a concurrent or replayed
 * rejection finds it there and creates none.
 */
@ObjectType({ description: 'A refund of a paid bill, in full.' })
@Entity({ tableName: 'refunds' })
export class Refund {
  [OptionalProps]?: 'id' | 'status' | 'completedAt' | 'gatewayReference';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 20, unique: true })
  billNumber!: string;

  @Index()
  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'integer' })
  amountHalalas!: number;

  @Field(() => RefundStatus, { description: 'Pending until the payment gateway confirms it.' })
  @Enum({ items: () => RefundStatus })
  status: RefundStatus = RefundStatus.PENDING;

  @Field(() => Date, { description: 'When it was owed (the moment the request was rejected).' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the gateway confirmed it; null while pending.' })
  @Property({ type: 'datetime', nullable: true })
  completedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "The gateway's reference for it, to quote to the bank; null while pending." })
  @Property({ type: 'string', length: 64, nullable: true })
  gatewayReference?: string | null;
}
