import type { CatalogueShelves } from './shelves';

export { catalogue } from './catalogue.module';
export { CATALOGUE, findServices, serviceDefinition, ServiceCategoryCode, ServiceCode } from './catalogue';
export type { ServiceDefinition, ServiceInputDefinition } from './catalogue';
export { EService, toEService } from './catalogue.types';
export { mutationOf, SubmitsEService } from './eservice-mutation';
export type { CatalogueShelves } from './shelves';

declare module '../../shared/module' {
  interface Registry {
    catalogueShelves: CatalogueShelves;
  }
}
