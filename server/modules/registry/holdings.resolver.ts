import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { maskNationalId } from '../../shared/normalize';
import { Money, money } from '../payments/money';
import { daysBetween } from '../requests/rules/dates';
import { signedIn } from '../requests/requests.resolver';
import { PersonDocument, Vehicle, Violation } from './holdings.entity';
import { Person } from './person.entity';
import { riyadhDate } from '../../shared/clock';

@Resolver()
export class HoldingsResolver {
  @Query(() => [Person], { description: 'Your dependents: the living people whose head of family or sponsor you are.' })
  myDependents(@Ctx() ctx: Context): Promise<Person[]> {
    const account = signedIn(ctx);
    return ctx.em.find(Person, { headOfFamilyId: account.person.nationalId, deceased: false }, { orderBy: { dateOfBirth: 'asc' } });
  }

  @Query(() => [PersonDocument], { description: 'Your documents and your dependents’, soonest expiry first.' })
  async myDocuments(@Ctx() ctx: Context): Promise<PersonDocument[]> {
    const account = signedIn(ctx);
    const me = account.person.nationalId;
    const dependents = await ctx.em.find(Person, { headOfFamilyId: me, deceased: false }, { fields: ['nationalId'] });
    return ctx.em.find(PersonDocument, { nationalId: { $in: [me, ...dependents.map((d) => d.nationalId)] } }, { orderBy: { expiresOn: 'asc', type: 'asc' } });
  }

  @Query(() => [Vehicle], { description: 'The vehicles registered in your name.' })
  myVehicles(@Ctx() ctx: Context): Promise<Vehicle[]> {
    const account = signedIn(ctx);
    return ctx.em.find(Vehicle, { ownerId: account.person.nationalId }, { orderBy: { plate: 'asc' } });
  }

  @Query(() => [Violation], { description: 'Your traffic violations: as driver, or on a vehicle of yours. Newest first.' })
  async myViolations(
    @Ctx() ctx: Context,
    @Arg('unpaidOnly', () => Boolean, { nullable: true, defaultValue: false, description: 'Only those still to pay.' }) unpaidOnly: boolean,
  ): Promise<Violation[]> {
    const account = signedIn(ctx);
    const me = account.person.nationalId;
    const plates = (await ctx.em.find(Vehicle, { ownerId: me }, { fields: ['plate'] })).map((v) => v.plate);
    const mine = plates.length ? { $or: [{ nationalId: me }, { plate: { $in: plates } }] } : { nationalId: me };
    return ctx.em.find(Violation, unpaidOnly ? { $and: [mine, { paid: false }] } : mine, { orderBy: { issuedOn: 'desc', number: 'asc' } });
  }
}

@Resolver(() => PersonDocument)
export class DocumentResolver {
  @FieldResolver(() => Int, { description: 'Days from today (Riyadh) to expiry; negative once expired.' })
  daysToExpiry(@Root() doc: PersonDocument, @Ctx() ctx: Context): number {
    return daysBetween(riyadhDate(ctx.services.clock.now()), doc.expiresOn);
  }

  @FieldResolver(() => String, { nullable: true, description: 'For an exit re-entry visa: SINGLE or MULTIPLE.' })
  entryType(@Root() doc: PersonDocument): string | null {
    return doc.details?.entryType ? String(doc.details.entryType) : null;
  }
}

@Resolver(() => Violation)
export class ViolationResolver {
  @FieldResolver(() => Money, { description: 'The fine.' })
  amount(@Root() violation: Violation, @Ctx() ctx: Context): Money {
    return money(violation.amountHalalas, ctx.lang);
  }

  @FieldResolver(() => String, { description: 'The driver it was issued to, masked (it may be someone else driving your vehicle).' })
  driver(@Root() violation: Violation): string {
    return maskNationalId(violation.nationalId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is on a bill awaiting payment.' })
  billed(@Root() violation: Violation): boolean {
    return !!violation.pendingRequestId;
  }
}
