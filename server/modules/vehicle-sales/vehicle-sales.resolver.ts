import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access, Actor } from '../../shared/access';
import { arrayConnection, type Connection, ConnectionType, PageArgs } from '../../shared/connection';
import type { Context } from '../../shared/context';
import { Cost, COST } from '../../shared/cost';
import { Language, localize } from '../../shared/i18n';
import { Money, money } from '../../shared/money';
import type { Deps } from '../../shared/module';
import { Bill, BillItemView } from '../payments';
import { escrowItems } from './sale-rules';
import { SellerPayout, VehicleSale, VehicleSaleRole } from './vehicle-sale.entity';
import { VehicleSaleErrors } from './vehicle-sales.errors';
import { reasonText, refusalParams } from './vehicle-sales.service';
import { OfferVehicleSaleInput, VehicleSaleInput, VehicleSalePayload } from './vehicle-sales.types';

export const VehicleSaleConnection = ConnectionType(VehicleSale, 'VehicleSale', 'vehicle sale');

@Resolver(() => VehicleSale)
export class VehicleSalesResolver {
  constructor(private readonly deps: Deps<'vehicleSales' | 'payments' | 'ids'>) {}

  /** A sale named in an input: its global ID (anything else names no sale). */
  private saleKey(id: string): string {
    const decoded = this.deps.ids.decode(id);
    return decoded?.type === 'VehicleSale' ? decoded.key : '00000000-0000-0000-0000-000000000000';
  }

  @Access('signedIn')
  @Mutation(() => VehicleSalePayload, { description: 'Offers one of your vehicles to a buyer for a price. The buyer is told, and accepts or declines; one open offer per vehicle.' })
  offerVehicleSale(
    @Actor() actor: Actor,
    @Arg('input', () => OfferVehicleSaleInput, { description: 'Vehicle, buyer and price.' }) input: OfferVehicleSaleInput,
    @Ctx() ctx: Context,
  ): Promise<VehicleSalePayload> {
    return VehicleSaleErrors.attempt(ctx.lang, () => this.deps.vehicleSales.offer(ctx.work, actor, input, ctx.lang));
  }

  @Access('signedIn')
  @Mutation(() => VehicleSalePayload, { description: 'Accepts a vehicle offered to you: an escrow bill of the price and fees is issued to you; ownership moves when it is paid.' })
  acceptVehicleSale(
    @Actor() actor: Actor,
    @Arg('input', () => VehicleSaleInput, { description: 'The sale offered to you.' }) input: VehicleSaleInput,
    @Ctx() ctx: Context,
  ): Promise<VehicleSalePayload> {
    return VehicleSaleErrors.attempt(ctx.lang, () => this.deps.vehicleSales.accept(ctx.work, actor, this.saleKey(input.saleId)));
  }

  @Access('signedIn')
  @Mutation(() => VehicleSalePayload, {
    description: 'Cancels a sale before its escrow bill is paid: the seller withdraws the offer, or the buyer declines it. Its bill, if any, can no longer be paid.',
  })
  cancelVehicleSale(@Actor() actor: Actor, @Arg('input', () => VehicleSaleInput, { description: 'Your sale.' }) input: VehicleSaleInput, @Ctx() ctx: Context): Promise<VehicleSalePayload> {
    return VehicleSaleErrors.attempt(ctx.lang, () => this.deps.vehicleSales.cancel(ctx.work, actor, this.saleKey(input.saleId)));
  }

  @Access('signedIn')
  @Query(() => VehicleSaleConnection, { description: 'Vehicle sales you are part of, newest first: the vehicles you offered, or those offered to you.' })
  async myVehicleSales(
    @Actor() actor: Actor,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('role', () => VehicleSaleRole, { nullable: true, description: 'Only the sales where you are this side; both when omitted.' }) role: VehicleSaleRole | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<VehicleSale>> {
    return arrayConnection(await this.deps.vehicleSales.list(ctx.work, actor, role ?? null), args, (s) => s.id, ctx.lang);
  }

  @FieldResolver(() => ID, { description: 'The global ID (`Node`).' })
  id(@Root() sale: VehicleSale): string {
    return this.deps.ids.plain('VehicleSale', sale.id);
  }

  @FieldResolver(() => VehicleSaleRole, { description: 'Your side of it.' })
  yourRole(@Root() sale: VehicleSale, @Ctx() ctx: Context): VehicleSaleRole {
    return sale.sellerId === ctx.actor?.nationalId ? VehicleSaleRole.SELLER : VehicleSaleRole.BUYER;
  }

  @FieldResolver(() => Money, { description: 'The price the buyer pays the seller.' })
  price(@Root() sale: VehicleSale, @Ctx() ctx: Context): Money {
    return money(sale.priceHalalas, ctx.lang);
  }

  @Cost({ listOf: 3 })
  @FieldResolver(() => [BillItemView], { description: 'What the buyer pays into escrow: the price, the ownership transfer fee (SAR 150) and the platform fee (SAR 230).' })
  escrowItems(@Root() sale: VehicleSale, @Ctx() ctx: Context): BillItemView[] {
    return escrowItems(sale.priceHalalas).map((i) => ({ code: i.code, label: ctx.lang === Language.EN ? i.labelEn : i.labelAr, amount: money(i.halalas, ctx.lang) }));
  }

  @FieldResolver(() => Money, { description: 'The total the buyer pays into escrow: price and fees.' })
  total(@Root() sale: VehicleSale, @Ctx() ctx: Context): Money {
    return money(
      escrowItems(sale.priceHalalas).reduce((sum, i) => sum + i.halalas, 0),
      ctx.lang,
    );
  }

  @FieldResolver(() => String, { nullable: true, description: "Why it was cancelled or rejected, in the caller's language; null otherwise." })
  reason(@Root() sale: VehicleSale, @Ctx() ctx: Context): string | null {
    const text = sale.reasonCode ? reasonText(sale.reasonCode) : null;
    return text ? localize(text, ctx.lang, refusalParams(sale.reasonCode!)) : null;
  }

  @Cost(COST.statement)
  @FieldResolver(() => Bill, { nullable: true, description: 'The escrow bill, to the buyer only; null before acceptance and for the seller.' })
  async bill(@Root() sale: VehicleSale, @Ctx() ctx: Context): Promise<Bill | null> {
    if (!sale.billNumber || !ctx.actor || sale.buyerId !== ctx.actor.nationalId) return null;
    const [bill] = await this.deps.payments.mineByNumbers(ctx.work, ctx.actor.accountId, [sale.billNumber]);
    return bill;
  }

  @Cost(COST.statement)
  @FieldResolver(() => SellerPayout, { nullable: true, description: 'The price owed to the seller once the sale completed, to the seller only; null otherwise.' })
  async payout(@Root() sale: VehicleSale, @Ctx() ctx: Context): Promise<SellerPayout | null> {
    if (!ctx.actor || sale.sellerId !== ctx.actor.nationalId) return null;
    const [payout] = await this.deps.vehicleSales.payoutsOf(ctx.work.em, ctx.actor.nationalId, [sale.id]);
    return payout ?? null;
  }
}

@Resolver(() => SellerPayout)
export class SellerPayoutResolver {
  @FieldResolver(() => Money, { description: 'The amount owed: the price.' })
  amount(@Root() payout: SellerPayout, @Ctx() ctx: Context): Money {
    return money(payout.amountHalalas, ctx.lang);
  }
}
