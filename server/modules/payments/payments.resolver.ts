import DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type Connection, ConnectionType, PageArgs, pageRequest, toConnection } from '../../shared/connection';
import { Access, Actor } from '../../shared/access';
import type { Context } from '../../shared/context';
import { Cost, COST } from '../../shared/cost';
import { ErrorCode, requestError } from '../../shared/errors';
import { Language } from '../../shared/i18n';
import { Money, money } from '../../shared/money';
import type { Deps } from '../../shared/module';
import { Direct } from '../../shared/direct-resolver';
import { requestScoped } from '../../shared/request-scoped';
import { MAX_VIOLATIONS_PER_BILL, ServiceRequest } from '../requests';
import { Bill, BillStatus } from './bill.entity';
import { Refund } from './refund.entity';
import { PaymentErrors } from './payments.errors';
import { billCursor, billPosition } from './payments.read-model';
import { BillItemView, PayBillInput, PayBillPayload } from './payments.types';

/** An unpaid bill past its due time reads as EXPIRED even before anything has written that down. */
export const effectiveStatus = (bill: Bill, now: Date): BillStatus => (bill.status === BillStatus.UNPAID && bill.dueAt < now ? BillStatus.EXPIRED : bill.status);

export const BillConnection = ConnectionType(Bill, 'Bill', 'bill');

/** The bills of a page of requests, in one statement. */
const billLoader = (deps: Deps<'payments'>) => (ctx: Context) =>
  new DataLoader<string, Bill | null>(async (requestIds) => {
    const found = await deps.payments.byRequestIds(ctx.work.em, requestIds);
    return requestIds.map((id) => found.find((b) => b.requestId === id) ?? null);
  });

/** The refunds of a page of bills, in one statement. */
const refundLoader = (deps: Deps<'payments'>) => (ctx: Context) =>
  new DataLoader<string, Refund | null>(async (numbers) => {
    const found = await deps.payments.refundsOf(ctx.work.em, numbers);
    return numbers.map((n) => found.find((r) => r.billNumber === n) ?? null);
  });

/** The requests of a page of bills, in one statement. */
const requestLoader = (deps: Deps<'eservices'>) => (ctx: Context) =>
  new DataLoader<string, ServiceRequest | null>(async (ids) => {
    const found = await deps.eservices.byIds(ctx.work.em, ids);
    return ids.map((id) => found.find((r) => r.id === id) ?? null);
  });

@Resolver(() => Bill)
export class PaymentsResolver {
  private readonly requests: (ctx: Context) => DataLoader<string, ServiceRequest | null>;
  private readonly refunds: (ctx: Context) => DataLoader<string, Refund | null>;

  constructor(private readonly deps: Deps<'config' | 'clock' | 'payments' | 'eservices' | 'ids'>) {
    this.requests = requestLoader(deps);
    this.refunds = refundLoader(deps);
  }

  @Access('signedIn')
  @Mutation(() => PayBillPayload, { description: 'Pays one of your bills at once, as the bank would. Only on servers with PAYMENTS=dev (the default outside production); elsewhere NOT_ENABLED.' })
  payBill(@Actor() actor: Actor, @Arg('input', () => PayBillInput, { description: 'Which bill.' }) input: PayBillInput, @Ctx() ctx: Context): Promise<PayBillPayload> {
    if (this.deps.config.payments !== 'dev') throw requestError(ErrorCode.NOT_ENABLED, ctx.lang);
    return PaymentErrors.attempt(ctx.lang, () => this.deps.payments.payDev(ctx.work, actor.accountId, input.billNumber.slice(0, 20), ctx.meta.clientAddress ?? null));
  }

  @Access('signedIn')
  @Query(() => BillConnection, { description: 'Your bills, newest first, a page at a time.' })
  async myBills(
    @Actor() actor: Actor,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('status', () => BillStatus, { nullable: true, description: 'Only bills in this status (as they read now: an unpaid bill past its due time is EXPIRED).' }) status?: BillStatus | null,
  ): Promise<Connection<Bill>> {
    const page = pageRequest(args, billCursor, ctx.lang);
    return toConnection(await this.deps.payments.mine(ctx.work, actor.accountId, status ?? null, page), page, billPosition, billCursor);
  }

  @FieldResolver(() => ID, { description: 'The global ID (`Node`).' })
  id(@Root() bill: Bill): string {
    return this.deps.ids.plain('Bill', bill.number);
  }

  @FieldResolver(() => BillStatus, { description: 'Unpaid, paid, expired (past its due time unpaid, or its request cancelled), or refunded (its request was rejected when paid).' })
  status(@Root() bill: Bill): BillStatus {
    return effectiveStatus(bill, this.deps.clock.now());
  }

  @Direct()
  @FieldResolver(() => Money, { description: 'The total to pay.' })
  amount(@Root() bill: Bill, @Ctx() ctx: Context): Money {
    return money(bill.amountHalalas, ctx.lang);
  }

  // One line per violation on a violations bill, two at most on the others.
  @Cost({ listOf: MAX_VIOLATIONS_PER_BILL })
  @FieldResolver(() => [BillItemView], { description: 'The lines that make up the total (fee per year, late fees, each violation, …).' })
  items(@Root() bill: Bill, @Ctx() ctx: Context): BillItemView[] {
    return bill.items.map((i) => ({ code: i.code, label: ctx.lang === Language.EN ? i.labelEn : i.labelAr, amount: money(i.halalas, ctx.lang) }));
  }

  @Cost(COST.batched)
  @FieldResolver(() => Refund, { nullable: true, description: 'For a REFUNDED bill: its refund; null otherwise.' })
  refund(@Root() bill: Bill, @Ctx() ctx: Context): Promise<Refund | null> | null {
    return bill.status === BillStatus.REFUNDED ? requestScoped(ctx, this.refunds).load(bill.number) : null;
  }

  @Cost(COST.batched)
  @FieldResolver(() => String, { description: 'The portal page of what it is for: its request, or its vehicle sale for an escrow bill.' })
  async link(@Root() bill: Bill, @Ctx() ctx: Context): Promise<string> {
    return bill.link ?? `/requests/${await this.requestReference(bill, ctx)}`;
  }

  @Cost(COST.batched)
  @FieldResolver(() => String, { description: 'The reference of the request it is for (or of the vehicle sale, for an escrow bill).' })
  async requestReference(@Root() bill: Bill, @Ctx() ctx: Context): Promise<string> {
    if (bill.reference) return bill.reference;
    const request = await requestScoped(ctx, this.requests).load(bill.requestId);
    if (!request) throw requestError(ErrorCode.FORBIDDEN, ctx.lang);
    return request.reference;
  }
}

/** Payments' side of a request: its bill. */
@Resolver(() => ServiceRequest)
export class RequestBillResolver {
  private readonly bills: (ctx: Context) => DataLoader<string, Bill | null>;

  constructor(deps: Deps<'payments'>) {
    this.bills = billLoader(deps);
  }

  @Cost(COST.batched)
  @Direct()
  @FieldResolver(() => Bill, { nullable: true, description: 'Its bill; null for a free service.' })
  bill(@Root() request: ServiceRequest, @Ctx() ctx: Context): Promise<Bill | null> {
    return requestScoped(ctx, this.bills).load(request.id);
  }
}

@Resolver(() => Refund)
export class RefundResolver {
  @FieldResolver(() => Money, { description: 'The amount given back: the whole bill.' })
  amount(@Root() refund: Refund, @Ctx() ctx: Context): Money {
    return money(refund.amountHalalas, ctx.lang);
  }
}
