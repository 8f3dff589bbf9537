import { CATALOGUE, ServiceCategoryCode } from './catalogue';

/**
 * How many services each category of the catalogue holds. Most categories hold the e-services
 * submitted online as requests (CATALOGUE, answered by `services`); a category whose services a
 * later module serves on its own terms (office visits by appointment: `appointmentServices`) is
 * filled by that module when it is composed, as the catalogue comes before it and cannot name it.
 */
export class CatalogueShelves {
  private readonly servedElsewhere = new Map<ServiceCategoryCode, number>();

  /** Files `count` services of `category` that a later module serves (once per category). */
  shelve(category: ServiceCategoryCode, count: number): void {
    if (this.servedElsewhere.has(category)) throw new Error(`catalogue category ${category} is filled twice`);
    this.servedElsewhere.set(category, count);
  }

  serviceCount(category: ServiceCategoryCode): number {
    return CATALOGUE.filter((s) => s.category === category).length + (this.servedElsewhere.get(category) ?? 0);
  }
}
