import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { arrayConnection, type Connection, ConnectionType, PageArgs } from '../../shared/connection';
import type { Language } from '../../shared/i18n';
import type { Deps } from '../../shared/module';
import { Access } from '../../shared/access';
import type { Context } from '../../shared/context';
import { findServices, serviceDefinition, ServiceCategoryCode, ServiceCode } from './catalogue';
import { catalogueIn, EService, ServiceCategory, toCategory, toEService } from './catalogue.types';
import { mutationOf } from './eservice-mutation';
import type { CatalogueShelves } from './shelves';

export const ServiceCategoryConnection = ConnectionType(ServiceCategory, 'ServiceCategory', 'category of e-services');
export const EServiceConnection = ConnectionType(EService, 'EService', 'e-service');

/** The categories, in display order, in `lang`. */
export const categoriesIn = (shelves: CatalogueShelves, lang: Language): ServiceCategory[] => Object.values(ServiceCategoryCode).map((code) => toCategory(code, shelves.serviceCount(code), lang));

@Resolver(() => EService)
export class CatalogueResolver {
  constructor(private readonly deps: Deps<'ids' | 'catalogueShelves'>) {}

  @Access('anyone')
  @Query(() => ServiceCategoryConnection, {
    description: 'The categories of e-services, in display order. Public. The services of `APPOINTMENTS` are `appointmentServices`; those of the others are `services`.',
  })
  serviceCategories(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Connection<ServiceCategory> {
    return arrayConnection(categoriesIn(this.deps.catalogueShelves, ctx.lang), args, (c) => c.code, ctx.lang);
  }

  @Access('anyone')
  @Query(() => EServiceConnection, {
    description:
      'E-services submitted online as requests, optionally of one category and matching a search text (Arabic or English). Public. Office visits (the `APPOINTMENTS` category) are `appointmentServices`.',
  })
  services(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
    @Arg('category', () => ServiceCategoryCode, { nullable: true, description: 'Only this category.' }) category?: ServiceCategoryCode | null,
    @Arg('search', () => String, { nullable: true, description: 'Words in the name or description, either language, any case.' }) search?: string | null,
  ): Connection<EService> {
    // Without a filter, the whole catalogue as rendered once per language (the anonymous landing list).
    const services = category || search ? findServices(category, search?.slice(0, 100)).map((s) => toEService(s, ctx.lang)) : catalogueIn(ctx.lang);
    return arrayConnection(services, args, (s) => s.code, ctx.lang);
  }

  @FieldResolver(() => ID, { description: 'The global ID (`Node`).' })
  id(@Root() service: EService): string {
    return this.deps.ids.plain('EService', service.code);
  }

  @Access('anyone')
  @Query(() => EService, { nullable: true, description: 'One e-service by code; null if there is none. Public.' })
  service(@Arg('code', () => ServiceCode, { description: 'The service code.' }) code: ServiceCode, @Ctx() ctx: Context): EService | null {
    const s = serviceDefinition(code);
    return s ? toEService(s, ctx.lang) : null;
  }

  @FieldResolver(() => String, { description: 'The mutation that submits it.' })
  mutation(@Root() service: EService, @Info() info: GraphQLResolveInfo): string {
    const name = mutationOf(info.schema, service.code);
    // Every catalogue entry has its mutation (a test walks them); none would be a bug.
    if (!name) throw new Error(`no mutation submits ${service.code}`);
    return name;
  }
}

@Resolver(() => ServiceCategory)
export class CategoryResolver {
  constructor(private readonly deps: Deps<'ids'>) {}

  @FieldResolver(() => ID, { description: 'The global ID (`Node`).' })
  id(@Root() category: ServiceCategory): string {
    return this.deps.ids.plain('ServiceCategory', category.code);
  }
}
