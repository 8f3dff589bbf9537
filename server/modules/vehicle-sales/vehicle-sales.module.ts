import { defineModule } from '../../shared/module';
import { on } from '../../shared/unit-of-work';
import { BillPaid } from '../payments';
import { SellerPayout, VehicleSale } from './vehicle-sale.entity';
import { SellerPayoutResolver, VehicleSalesResolver } from './vehicle-sales.resolver';
import { VehicleSales } from './vehicle-sales.service';
import { seedDemoSale } from './demo-sale';

/**
 * Vehicle sales with escrow: an owner offers a vehicle to a buyer's ID, the buyer accepts and pays
 * the price and fees into an escrow bill (issued by the payments module), and its payment moves the
 * vehicle (reacting to `BillPaid`) and owes the price to the seller.
 */
export const vehicleSales = defineModule({
  name: 'vehicle-sales',
  entities: [VehicleSale, SellerPayout],
  needs: ['config', 'clock', 'random', 'notifier', 'payments', 'rateLimits', 'ids', 'authorisations'],
  provide: (deps) => ({ vehicleSales: new VehicleSales(deps) }),
  resolvers: [VehicleSalesResolver, SellerPayoutResolver],
  nodes: ({ vehicleSales }) => ({
    VehicleSale: (ctx, ids) => (ctx.actor ? vehicleSales.mineByIds(ctx.work.em, ctx.actor.nationalId, ids) : Promise.resolve(ids.map(() => null))),
  }),
  reactions: ({ vehicleSales }) => [on(BillPaid, (tx, event) => vehicleSales.paid(tx, event))],
  seed:
    ({ clock }) =>
    (work) =>
      seedDemoSale(work, clock.now()),
});
