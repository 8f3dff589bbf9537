import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Access, Actor } from '../../shared/access';
import type { Context } from '../../shared/context';
import { ErrorCode, requestError } from '../../shared/errors';
import type { Deps } from '../../shared/module';
import { CardDelivery } from './card-delivery.entity';
import { CardDeliveryErrors } from './card-delivery.errors';
import { nextStep } from './delivery-rules';
import { AdvanceCardDeliveryInput, AdvanceCardDeliveryPayload, CardDeliveryView, OrderCardDeliveryInput, OrderCardDeliveryPayload } from './card-delivery.types';

/** The newest deliveries `myCardDeliveries` answers: a person orders a handful a year. */
export const MY_DELIVERIES_SHOWN = 20;

export const deliveryView = (d: CardDelivery, development: boolean): CardDeliveryView => ({
  id: d.id,
  trackingNumber: d.trackingNumber,
  cardType: d.cardType,
  cardNumber: d.cardNumber ?? null,
  plate: d.plate ?? null,
  status: d.status,
  billNumber: d.billNumber ?? null,
  address: `${d.district}, ${d.city} ${d.postalCode}`,
  createdAt: d.createdAt,
  payBy: d.payBy,
  orderedAt: d.orderedAt ?? null,
  printedAt: d.printedAt ?? null,
  outForDeliveryAt: d.outForDeliveryAt ?? null,
  deliveredAt: d.deliveredAt ?? null,
  advanceableInDevelopment: development && nextStep(d.status) !== null,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

@Resolver()
export class CardDeliveryResolver {
  constructor(private readonly deps: Deps<'config' | 'cardDeliveries'>) {}

  private get development(): boolean {
    return this.deps.config.cardDeliveryUpdates === 'dev';
  }

  @Access('signedIn')
  @Mutation(() => OrderCardDeliveryPayload, {
    description:
      "Orders a card delivered by post to its holder's national address: a card (yours, or of someone you act for) issued by a completed renewal or replacement, or a vehicle registration. Issues a bill for the fee (SAR 17.25); paying it starts the delivery. To collect a card at an office instead, book an appointment (`bookAppointment`).",
  })
  orderCardDelivery(
    @Actor() actor: Actor,
    @Arg('input', () => OrderCardDeliveryInput, { description: 'Which card.' }) input: OrderCardDeliveryInput,
    @Ctx() ctx: Context,
  ): Promise<OrderCardDeliveryPayload> {
    return CardDeliveryErrors.attempt(ctx.lang, async () => ({ delivery: deliveryView(await this.deps.cardDeliveries.order(ctx.work, actor, input.cardId), this.development) }));
  }

  @Access('signedIn')
  @Query(() => [CardDeliveryView], { description: `The card deliveries you ordered, newest first (the latest ${MY_DELIVERIES_SHOWN}).` })
  async myCardDeliveries(@Actor() actor: Actor, @Ctx() ctx: Context): Promise<CardDeliveryView[]> {
    return (await this.deps.cardDeliveries.mine(ctx.work.em, actor, MY_DELIVERIES_SHOWN)).map((d) => deliveryView(d, this.development));
  }

  @Access('signedIn')
  @Mutation(() => AdvanceCardDeliveryPayload, {
    description:
      'Moves one of your paid deliveries one step on (PRINTED, OUT_FOR_DELIVERY, DELIVERED), as the postal carrier’s callback would. Only on servers with CARD_DELIVERY_UPDATES=dev (the default outside production); elsewhere NOT_ENABLED.',
  })
  advanceCardDeliveryInDevelopment(
    @Actor() actor: Actor,
    @Arg('input', () => AdvanceCardDeliveryInput, { description: 'Which delivery.' }) input: AdvanceCardDeliveryInput,
    @Ctx() ctx: Context,
  ): Promise<AdvanceCardDeliveryPayload> {
    if (this.deps.config.cardDeliveryUpdates !== 'dev') throw requestError(ErrorCode.NOT_ENABLED, ctx.lang);
    // Not a delivery ID at all: not found, as someone else's.
    const id = UUID.test(input.deliveryId) ? input.deliveryId : '00000000-0000-0000-0000-000000000000';
    return CardDeliveryErrors.attempt(ctx.lang, async () => ({ delivery: deliveryView(await this.deps.cardDeliveries.advanceInDevelopment(ctx.work, actor, id), this.development) }));
  }
}
