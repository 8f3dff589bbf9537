import { defineModule } from '../../shared/module';
import { on } from '../../shared/unit-of-work';
import { PaymentRequired, PaymentWithdrawn, RefundDue } from '../requests';
import { Refund } from './refund.entity';
import { Bill } from './bill.entity';
import { PaymentsResolver, RefundResolver, RequestBillResolver } from './payments.resolver';
import { PaymentsService } from './payments.service';
import { registerSadadRoute } from './sadad-route';

/**
 * Bills and paying them: a bill for every request with a fee (reacting to the requests module's
 * events), paid exactly once by the development button or the gateway's signed callback, which
 * completes the request; a request rejected when paid is refunded in full.
 */
export const payments = defineModule({
  name: 'payments',
  entities: [Bill, Refund],
  needs: ['config', 'clock', 'random', 'notifier', 'eservices', 'work', 'log', 'ids', 'bus', 'orm'],
  provide: (deps) => {
    const payments = new PaymentsService(deps);
    deps.orm.em.getEventManager().registerSubscriber(payments.bills);
    return { payments };
  },
  resolvers: [PaymentsResolver, RequestBillResolver, RefundResolver],
  nodes: ({ payments }) => ({
    Bill: (ctx, numbers) => (ctx.actor ? payments.mineByNumbers(ctx.work, ctx.actor.accountId, numbers) : Promise.resolve(numbers.map(() => null))),
  }),
  reactions: ({ payments }) => [
    on(PaymentRequired, (tx, event) => payments.issueBill(tx, event).then(() => undefined)),
    on(PaymentWithdrawn, (tx, event) => payments.withdrawBill(tx, event)),
    on(RefundDue, (tx, event) => payments.refund(tx, event)),
  ],
  // The gateway's payment notices; without a callback secret there is no way to trust one, so no route.
  routes: async (http, deps) => {
    if (deps.config.paymentCallbackSecret) await registerSadadRoute(http, deps);
  },
});
