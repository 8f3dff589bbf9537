import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../shared/node';

export enum VehicleSaleStatus {
  OFFERED = 'OFFERED',
  AWAITING_PAYMENT = 'AWAITING_PAYMENT',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
  REJECTED = 'REJECTED',
}
registerEnumType(VehicleSaleStatus, {
  name: 'VehicleSaleStatus',
  description: 'Where a vehicle sale stands.',
  valuesConfig: {
    OFFERED: { description: 'Offered by the seller; waiting for the buyer to accept or decline.' },
    AWAITING_PAYMENT: { description: 'Accepted by the buyer; waiting for the escrow bill to be paid (until `payBy`).' },
    COMPLETED: { description: "Paid: the vehicle is the buyer's and the price is owed to the seller (`payout`)." },
    CANCELLED: { description: 'Cancelled before payment by either side, declined by the buyer, or its bill was not paid in time (`reasonCode`).' },
    REJECTED: { description: 'Paid, then refused because a rule no longer held (`reasonCode`): the escrow bill is refunded in full.' },
  },
});

export enum VehicleSaleRole {
  SELLER = 'SELLER',
  BUYER = 'BUYER',
}
registerEnumType(VehicleSaleRole, {
  name: 'VehicleSaleRole',
  description: 'Your side of a vehicle sale.',
  valuesConfig: { SELLER: { description: 'You offered the vehicle.' }, BUYER: { description: 'The vehicle was offered to you.' } },
});

/**
 * A vehicle offered by its owner to a buyer's ID for a price, paid into an escrow bill. `openKey`
 * (the plate) is set while the sale is open (offered or awaiting payment) and is unique: two offers
 * of one vehicle at the same moment create one sale, whatever the database.
 */
@ObjectType({ description: 'A sale of a vehicle from its owner to a buyer, through an escrow bill.', implements: Node })
@Entity({ tableName: 'vehicle_sales' })
export class VehicleSale {
  [OptionalProps]?: 'id' | 'openKey' | 'acceptedAt' | 'payBy' | 'billNumber' | 'closedAt' | 'reasonCode';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: "The sale's reference, to quote (also on its escrow bill)." })
  @Property({ type: 'string', length: 20, unique: true })
  reference!: string;

  @Field(() => String, { description: 'Plate number of the vehicle sold.' })
  @Index()
  @Property({ type: 'string', length: 12 })
  plate!: string;

  @Field(() => String, { description: 'Make of the vehicle, as registered when offered.' })
  @Property({ type: 'string', length: 40 })
  make!: string;

  @Field(() => String, { description: 'Model of the vehicle, as registered when offered.' })
  @Property({ type: 'string', length: 40 })
  model!: string;

  @Field(() => Int, { description: 'Model year of the vehicle.' })
  @Property({ type: 'integer' })
  year!: number;

  @Index()
  @Property({ type: 'string', length: 10 })
  sellerId!: string;

  @Field(() => String, { description: 'The national ID or iqama number the vehicle is offered to.' })
  @Index()
  @Property({ type: 'string', length: 10 })
  buyerId!: string;

  @Property({ type: 'integer' })
  priceHalalas!: number;

  @Field(() => VehicleSaleStatus, { description: 'Where the sale stands.' })
  @Enum({ items: () => VehicleSaleStatus })
  status!: VehicleSaleStatus;

  /** The plate while the sale is open; null once it is closed (see the class comment). */
  @Property({ type: 'string', length: 12, nullable: true, unique: true })
  openKey?: string | null;

  @Field(() => Date, { description: 'When it was offered.' })
  @Property({ type: 'datetime' })
  offeredAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the buyer accepted; null before.' })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until when the escrow bill can be paid; null before acceptance.' })
  @Property({ type: 'datetime', nullable: true })
  payBy?: Date | null;

  @Property({ type: 'string', length: 20, nullable: true })
  billNumber?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was completed, cancelled or rejected; null while open.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled or rejected (a `VehicleSaleErrorCode`, or SELLER_CANCELLED, BUYER_DECLINED, BILL_EXPIRED); null otherwise.' })
  @Property({ type: 'string', length: 40, nullable: true })
  reasonCode?: string | null;
}

export enum PayoutStatus {
  PENDING = 'PENDING',
}
registerEnumType(PayoutStatus, {
  name: 'PayoutStatus',
  description: 'Where a payout to a seller stands.',
  valuesConfig: { PENDING: { description: 'Owed to the seller out of the escrow and queued for transfer to their bank account.' } },
});

/** What the escrow owes a seller for a completed sale: the price (the fees stay with the state and the platform). One per sale. */
@ObjectType({ description: 'The price of a completed sale, owed to the seller out of the escrow.' })
@Entity({ tableName: 'vehicle_sale_payouts' })
export class SellerPayout {
  [OptionalProps]?: 'id' | 'status';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid', unique: true })
  saleId!: string;

  @Index()
  @Property({ type: 'string', length: 10 })
  sellerId!: string;

  @Property({ type: 'integer' })
  amountHalalas!: number;

  @Field(() => PayoutStatus, { description: 'Where it stands.' })
  @Enum({ items: () => PayoutStatus })
  status: PayoutStatus = PayoutStatus.PENDING;

  @Field(() => Date, { description: 'When it became owed (the moment the sale was paid).' })
  @Property({ type: 'datetime' })
  createdAt!: Date;
}
