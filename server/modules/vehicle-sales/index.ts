import type { VehicleSales } from './vehicle-sales.service';

export { vehicleSales } from './vehicle-sales.module';
export { VehicleSale, VehicleSaleStatus, SellerPayout } from './vehicle-sale.entity';
export type { VehicleSales } from './vehicle-sales.service';

declare module '../../shared/module' {
  interface Registry {
    vehicleSales: VehicleSales;
  }
}
