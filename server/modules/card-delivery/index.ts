import type { CardDeliveries } from './card-delivery.service';

export { cardDelivery } from './card-delivery.module';
export type { CardDeliveries } from './card-delivery.service';

declare module '../../shared/module' {
  interface Registry {
    cardDeliveries: CardDeliveries;
  }
}
