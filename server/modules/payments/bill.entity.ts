import { Entity, Enum, Index, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node';

export enum BillStatus {
  UNPAID = 'UNPAID',
  PAID = 'PAID',
  EXPIRED = 'EXPIRED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(BillStatus, {
  name: 'BillStatus',
  description: 'Whether a bill can still be paid.',
  valuesConfig: {
    UNPAID: { description: 'Waiting for payment until its due time.' },
    PAID: { description: 'Paid once; further payment notices for it are ignored.' },
    EXPIRED: { description: 'Past its due time unpaid, or its request was cancelled: it can no longer be paid.' },
    REFUNDED: { description: 'Paid, then refunded in full because its request was rejected when it was paid (`refund` says how far that is).' },
  },
});

export interface BillItem {
  code: string;
  labelAr: string;
  labelEn: string;
  halalas: number;
}

/**
 * A bill for a request's fee, with a SADAD-style number. `paid` is set by one conditional update
 * (`where status = UNPAID`), so a replayed or concurrent payment notice pays it once.
 */
@ObjectType({ description: 'A SADAD bill for the fee of a request.', implements: Node })
@Entity({ tableName: 'bills' })
export class Bill {
  [PrimaryKeyProp]?: 'number';
  [OptionalProps]?: 'paidAt' | 'paymentChannel' | 'paymentReference' | 'reference' | 'link';

  @Field(() => String, { description: 'SADAD bill number (biller code 090 and 10 digits): pay it at any bank under this number.' })
  @PrimaryKey({ type: 'string', length: 20 })
  number!: string;

  /** What it is for: a request's id, or (with `reference` set) another module's record, such as a vehicle sale's. */
  @Property({ type: 'uuid', unique: true })
  requestId!: string;

  /**
   * The reference people quote for what it is for, when that is not a request (a vehicle sale's);
   * null for a request's bill, whose reference is the request's.
   */
  @Property({ type: 'string', length: 20, nullable: true })
  reference?: string | null;

  /** The portal page of what it is for, when that is not a request; null for a request's bill. */
  @Property({ type: 'string', length: 100, nullable: true })
  link?: string | null;

  @Index()
  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'integer' })
  amountHalalas!: number;

  @Property({ type: 'json' })
  items!: BillItem[];

  @Enum({ items: () => BillStatus })
  status!: BillStatus;

  @Field(() => Date, { description: 'When it was issued.' })
  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Field(() => Date, { description: 'It can be paid until this time (3 days after issue); then it expires and its request is cancelled.' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was paid; null while unpaid.' })
  @Property({ type: 'datetime', nullable: true })
  paidAt?: Date | null;

  /** DEV (the development button) or SADAD (the gateway callback). */
  @Property({ type: 'string', length: 10, nullable: true })
  paymentChannel?: string | null;

  /** The gateway's transaction id: unique, so one transaction can never pay twice. */
  @Property({ type: 'string', length: 64, nullable: true, unique: true })
  paymentReference?: string | null;
}
