import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { toUserErrors } from '../../shared/user-error';
import { money } from '../payments/money';
import { total } from '../requests/rules/fees';
import { CATALOGUE, findServices, serviceDefinition, ServiceCategoryCode, ServiceCode } from './catalogue';
import { EService, Eligibility, ServiceCategory, toCategory, toEService } from './catalogue.types';

@Resolver(() => EService)
export class CatalogueResolver {
  @Query(() => [ServiceCategory], { description: 'The categories of e-services, in display order. Public.' })
  serviceCategories(@Ctx() ctx: Context): ServiceCategory[] {
    return Object.values(ServiceCategoryCode).map((code) => toCategory(code, CATALOGUE.filter((s) => s.category === code).length, ctx.lang));
  }

  @Query(() => [EService], { description: 'E-services, optionally of one category and matching a search text (Arabic or English). Public.' })
  services(
    @Ctx() ctx: Context,
    @Arg('category', () => ServiceCategoryCode, { nullable: true, description: 'Only this category.' }) category?: ServiceCategoryCode | null,
    @Arg('search', () => String, { nullable: true, description: 'Words in the name or description, either language, any case.' }) search?: string | null,
  ): EService[] {
    return findServices(category, search?.slice(0, 100)).map((s) => toEService(s, ctx.lang));
  }

  @Query(() => EService, { nullable: true, description: 'One e-service by code; null if there is none. Public.' })
  service(@Arg('code', () => ServiceCode, { description: 'The service code.' }) code: ServiceCode, @Ctx() ctx: Context): EService | null {
    const s = serviceDefinition(code);
    return s ? toEService(s, ctx.lang) : null;
  }

  @FieldResolver(() => Eligibility, {
    nullable: true,
    description: 'For a signed-in person: whether they may use this service now for the beneficiary (themself when omitted), every reason why not, and the fee. Null when anonymous.',
  })
  async eligibility(
    @Root() service: EService,
    @Ctx() ctx: Context,
    @Arg('beneficiaryNationalId', () => String, { nullable: true, description: 'Yourself (omit) or one of your dependents.' }) beneficiaryNationalId?: string | null,
  ): Promise<Eligibility | null> {
    if (!ctx.account) return null;
    const verdict = await ctx.services.eservices.eligibility(ctx.em, ctx.account, service.code, beneficiaryNationalId);
    return {
      eligible: verdict.errors.length === 0,
      reasons: toUserErrors(verdict.errors, ctx.lang),
      fee: verdict.errors.some((e) => e.code === 'NOT_YOUR_DEPENDENT') ? null : money(total(verdict.fee), ctx.lang),
    };
  }
}
