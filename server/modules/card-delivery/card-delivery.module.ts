import { defineModule } from '../../shared/module';
import { on } from '../../shared/unit-of-work';
import { BillPaid } from '../payments';
import { CardDelivery } from './card-delivery.entity';
import { CardDeliveryResolver } from './card-delivery.resolver';
import { CardDeliveries } from './card-delivery.service';
import { registerDeliveryRoute } from './delivery-route';

/**
 * Postal delivery of issued cards: ordered with a bill for the fee (payments), ordered from the
 * carrier when paid (reacting to `BillPaid`), then tracked by the carrier's signed callbacks.
 */
export const cardDelivery = defineModule({
  name: 'card-delivery',
  entities: [CardDelivery],
  needs: ['config', 'clock', 'random', 'notifier', 'payments', 'wallet', 'work', 'log'],
  provide: (deps) => ({ cardDeliveries: new CardDeliveries(deps) }),
  resolvers: [CardDeliveryResolver],
  reactions: ({ cardDeliveries }) => [on(BillPaid, (tx, event) => cardDeliveries.paid(tx, event))],
  // Without the carrier's keys no step can be trusted, so no route.
  routes: async (http, deps) => {
    if (deps.config.deliveryCallbackSecrets.length) await registerDeliveryRoute(http, deps);
  },
});
