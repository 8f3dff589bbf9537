import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ErrorCode, requestError } from '../../shared/errors';
import { Language } from '../../shared/i18n';
import { attempt } from '../../shared/user-error';
import { PayBillInput } from '../requests/requests.inputs';
import { loaders } from '../requests/loaders';
import { signedIn } from '../requests/requests.resolver';
import { BillItemView, PayBillPayload } from '../requests/requests.types';
import { ServiceRequest } from '../requests/service-request.entity';
import { Bill, BillStatus } from './bill.entity';
import { Money, money } from './money';

/** An unpaid bill past its due time reads as EXPIRED even before anything has written that down. */
export const effectiveStatus = (bill: Bill, now: Date): BillStatus => (bill.status === BillStatus.UNPAID && bill.dueAt < now ? BillStatus.EXPIRED : bill.status);

@Resolver(() => Bill)
export class PaymentsResolver {
  @Mutation(() => PayBillPayload, { description: 'Pays one of your bills at once, as the bank would. Only on servers with PAYMENTS=dev (the default outside production); elsewhere NOT_ENABLED.' })
  payBill(@Arg('input', () => PayBillInput, { description: 'Which bill.' }) input: PayBillInput, @Ctx() ctx: Context): Promise<PayBillPayload> {
    const account = signedIn(ctx);
    if (ctx.services.config.payments !== 'dev') throw requestError(ErrorCode.NOT_ENABLED, ctx.lang);
    return attempt(ctx.lang, async () => {
      const bill = await ctx.services.payments.payDev(ctx.em, account, input.billNumber.slice(0, 20), ctx.meta.clientAddress ?? null);
      return { bill, request: await ctx.em.findOne(ServiceRequest, bill.requestId, { refresh: true }) };
    });
  }

  @Query(() => [Bill], { description: 'Your bills, newest first.' })
  async myBills(@Ctx() ctx: Context, @Arg('status', () => BillStatus, { nullable: true, description: 'Only bills in this status.' }) status?: BillStatus | null): Promise<Bill[]> {
    const account = signedIn(ctx);
    await ctx.services.eservices.closeOverdue(ctx.em, account.id);
    const now = ctx.services.clock.now();
    const bills = await ctx.em.find(Bill, { accountId: account.id }, { orderBy: { issuedAt: 'desc' }, limit: 200 });
    return status ? bills.filter((b) => effectiveStatus(b, now) === status) : bills;
  }

  @FieldResolver(() => BillStatus, { description: 'Unpaid, paid, or expired (past its due time unpaid, or its request cancelled).' })
  status(@Root() bill: Bill, @Ctx() ctx: Context): BillStatus {
    return effectiveStatus(bill, ctx.services.clock.now());
  }

  @FieldResolver(() => Money, { description: 'The total to pay.' })
  amount(@Root() bill: Bill, @Ctx() ctx: Context): Money {
    return money(bill.amountHalalas, ctx.lang);
  }

  @FieldResolver(() => [BillItemView], { description: 'The lines that make up the total (fee per year, late fees, each violation, …).' })
  items(@Root() bill: Bill, @Ctx() ctx: Context): BillItemView[] {
    return bill.items.map((i) => ({ code: i.code, label: ctx.lang === Language.EN ? i.labelEn : i.labelAr, amount: money(i.halalas, ctx.lang) }));
  }

  @FieldResolver(() => String, { description: 'The reference of the request it is for.' })
  async requestReference(@Root() bill: Bill, @Ctx() ctx: Context): Promise<string> {
    const request = await loaders(ctx).requests.load(bill.requestId);
    if (!request) throw requestError(ErrorCode.FORBIDDEN, ctx.lang);
    return request.reference;
  }
}
