import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { WalletCardType } from '../wallet/wallet-card';
import { DeliveryStatus } from './delivery-rules';

/**
 * A card's postal delivery to its holder's national address: ordered (with a bill for the fee),
 * then advanced by the carrier's signed callbacks. `openKey` is the card while a delivery of it is
 * open and null once it is delivered or cancelled: unique, so one card never has two open deliveries
 * (two orders at the same moment: one wins).
 */
@Entity({ tableName: 'card_deliveries' })
export class CardDelivery {
  [OptionalProps]?: 'id' | 'orderedAt' | 'printedAt' | 'outForDeliveryAt' | 'deliveredAt' | 'documentId' | 'plate' | 'cardNumber' | 'openKey' | 'billNumber';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The carrier's tracking number, what the callback names (`CD` and 10 digits). */
  @Unique()
  @Property({ type: 'string', length: 12 })
  trackingNumber!: string;

  /** Who ordered it (and pays its bill). */
  @Index()
  @Property({ type: 'uuid' })
  accountId!: string;

  /** Whose card it is (the orderer or someone they act for). */
  @Property({ type: 'string', length: 10 })
  holderId!: string;

  @Enum({ items: () => WalletCardType })
  cardType!: WalletCardType;

  @Property({ type: 'string', length: 20, nullable: true })
  cardNumber?: string | null;

  @Property({ type: 'uuid', nullable: true })
  documentId?: string | null;

  @Property({ type: 'string', length: 12, nullable: true })
  plate?: string | null;

  @Unique()
  @Property({ type: 'string', length: 60, nullable: true })
  openKey?: string | null;

  @Enum({ items: () => DeliveryStatus })
  status!: DeliveryStatus;

  @Property({ type: 'string', length: 20, nullable: true })
  billNumber?: string | null;

  @Property({ type: 'datetime' })
  payBy!: Date;

  /** The national address it goes to, as the registry stated it at the order. */
  @Property({ type: 'string', length: 100 })
  city!: string;

  @Property({ type: 'string', length: 100 })
  district!: string;

  @Property({ type: 'string', length: 10 })
  postalCode!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  orderedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  printedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  outForDeliveryAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;
}
