import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { WalletCardType } from '../wallet/wallet-card';
import { CardDeliveryErrors, type CardDeliveryError } from './card-delivery.errors';
import { DeliveryStatus } from './delivery-rules';

registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: "Where a card's postal delivery stands: awaiting its fee, then the carrier's steps in order.",
  valuesConfig: {
    AWAITING_PAYMENT: { description: 'Ordered; its fee’s bill is not paid yet (`billNumber`). Nothing is printed until it is.' },
    ORDERED: { description: 'Paid: the order went to the postal carrier.' },
    PRINTED: { description: 'The card is printed and handed to the carrier.' },
    OUT_FOR_DELIVERY: { description: 'With the courier, on the way to the national address.' },
    DELIVERED: { description: 'Handed over at the national address.' },
    CANCELLED: { description: 'Not paid in time: cancelled, and the card can be ordered again.' },
  },
});

@ObjectType({ description: "A card's postal delivery to its holder's national address, and how far it has come." })
export class CardDeliveryView {
  @Field(() => ID, { description: 'The delivery (for `advanceCardDeliveryInDevelopment`).' })
  id!: string;

  @Field(() => String, { description: "The carrier's tracking number (`CD` and 10 digits)." })
  trackingNumber!: string;

  @Field(() => WalletCardType, { description: 'Which card is delivered.' })
  cardType!: WalletCardType;

  @Field(() => String, { nullable: true, description: 'Its number; null for a vehicle registration whose number the registry has not given (then `plate` says which).' })
  cardNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'For a vehicle registration: the plate; null otherwise.' })
  plate!: string | null;

  @Field(() => DeliveryStatus, { description: 'Where it stands.' })
  status!: DeliveryStatus;

  @Field(() => String, { nullable: true, description: 'The bill for its fee (pay it like any bill); null only while it was being issued.' })
  billNumber!: string | null;

  @Field(() => String, { description: 'The national address it goes to: district, city and postal code, as the registry stated them at the order.' })
  address!: string;

  @Field(() => Date, { description: 'When it was ordered (its bill issued).' })
  createdAt!: Date;

  @Field(() => Date, { description: 'Its bill can be paid until this time; unpaid then, it is cancelled.' })
  payBy!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was paid and went to the carrier (ORDERED).' })
  orderedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the carrier reported it PRINTED.' })
  printedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the carrier reported it OUT_FOR_DELIVERY.' })
  outForDeliveryAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the carrier reported it DELIVERED.' })
  deliveredAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether `advanceCardDeliveryInDevelopment` can move it now: on a development server (CARD_DELIVERY_UPDATES=dev), once paid and until delivered.' })
  advanceableInDevelopment!: boolean;
}

@InputType({ description: 'Order the postal delivery of a card.' })
export class OrderCardDeliveryInput {
  @Field(() => ID, { description: 'The card: its `WalletCard.cardId` (a card issued by a completed renewal or replacement, or a vehicle registration).' })
  cardId!: string;
}

@ObjectType({ description: 'Result of `orderCardDelivery`.' })
export class OrderCardDeliveryPayload {
  @Field(() => CardDeliveryView, { nullable: true, description: 'The delivery, AWAITING_PAYMENT of its bill; null when refused.' })
  delivery?: CardDeliveryView | null;

  @Field(() => [CardDeliveryErrors.type], { description: 'Why it was refused; empty on success.' })
  errors!: CardDeliveryError[];
}

@InputType({ description: 'Advance one of your deliveries by one step, as the carrier would (development only).' })
export class AdvanceCardDeliveryInput {
  @Field(() => ID, { description: 'The delivery: its `CardDeliveryView.id`.' })
  deliveryId!: string;
}

@ObjectType({ description: 'Result of `advanceCardDeliveryInDevelopment`.' })
export class AdvanceCardDeliveryPayload {
  @Field(() => CardDeliveryView, { nullable: true, description: 'The delivery, one step on; null when refused.' })
  delivery?: CardDeliveryView | null;

  @Field(() => [CardDeliveryErrors.type], { description: 'Why it was refused; empty on success.' })
  errors!: CardDeliveryError[];
}
