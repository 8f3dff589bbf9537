import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Access, Actor, OptionalActor } from '../../shared/access';
import { Cost, COST } from '../../shared/cost';
import { requestScoped } from '../../shared/request-scoped';
import { riyadhDate } from '../../shared/clock';
import { type Connection, ConnectionType, PageArgs, pageRequest, toConnection } from '../../shared/connection';
import type { Context } from '../../shared/context';
import { daysBetween } from '../../shared/dates';
import { Money, money } from '../../shared/money';
import type { Deps } from '../../shared/module';
import { maskNationalId, parseNationalId } from '../../shared/normalize';
import { DocumentStatus, documentStatusOn } from './document-status';
import { EntryType, PersonDocument, Vehicle, Violation } from './holdings.entity';
import { dependentPosition, documentCursor, documentPosition, vehiclePosition, violationCursor, violationPosition } from './holdings.read-model';
import { Person, RelationKind, relationKindTo, relationTo, RelationToYou } from './person.entity';
import { plateInArabic } from './plate';

const PLATE_AR = 'The plate as its Arabic half reads: Arabic letters and Arabic-Indic digits («ك س ا ٢٠٢٤» for KSA2024); null when it is not a Saudi plate of the 17 plate letters.';

export const PersonConnection = ConnectionType(Person, 'Person', 'person');
export const PersonDocumentConnection = ConnectionType(PersonDocument, 'PersonDocument', 'document');
export const VehicleConnection = ConnectionType(Vehicle, 'Vehicle', 'vehicle');
export const ViolationConnection = ConnectionType(Violation, 'Violation', 'violation');

@Resolver()
export class HoldingsResolver {
  constructor(private readonly deps: Deps<'holdings'>) {}

  @Access('signedIn')
  @Query(() => PersonConnection, { description: 'Your dependents: the living people whose head of family or sponsor you are, eldest first.' })
  async myDependents(@Actor() actor: Actor, @Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs): Promise<Connection<Person>> {
    const codec = this.deps.holdings.reads.dependentCursor;
    const page = pageRequest(args, codec, ctx.lang);
    return toConnection(await this.deps.holdings.reads.dependents(ctx.work.em, actor.nationalId, page), page, dependentPosition, codec);
  }

  @Access('signedIn')
  @Query(() => PersonDocumentConnection, { description: 'Your documents and your dependents’, soonest expiry first.' })
  async myDocuments(
    @Actor() actor: Actor,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('holderNationalId', () => String, { nullable: true, description: 'Only the documents of this person: yourself or one of your dependents (anyone else: none).' })
    holderNationalId: string | null,
  ): Promise<Connection<PersonDocument>> {
    const page = pageRequest(args, documentCursor, ctx.lang);
    // An ID that is not a valid one matches nobody: an empty page, as for a stranger's.
    const holder = holderNationalId == null ? null : (parseNationalId(holderNationalId) ?? '-');
    return toConnection(await this.deps.holdings.reads.documents(ctx.work.em, actor.nationalId, page, holder), page, documentPosition, documentCursor);
  }

  @Access('signedIn')
  @Query(() => VehicleConnection, { description: 'The vehicles registered in your name, by plate.' })
  async myVehicles(@Actor() actor: Actor, @Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs): Promise<Connection<Vehicle>> {
    const codec = this.deps.holdings.reads.vehicleCursor;
    const page = pageRequest(args, codec, ctx.lang);
    return toConnection(await this.deps.holdings.reads.vehicles(ctx.work.em, actor.nationalId, page), page, vehiclePosition, codec);
  }

  @Access('signedIn')
  @Query(() => ViolationConnection, { description: 'Your traffic violations: as driver, or on a vehicle of yours. Newest first.' })
  async myViolations(
    @Actor() actor: Actor,
    @Ctx() ctx: Context,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('unpaidOnly', () => Boolean, { nullable: true, defaultValue: false, description: 'Only those still to pay.' }) unpaidOnly: boolean,
  ): Promise<Connection<Violation>> {
    const page = pageRequest(args, violationCursor, ctx.lang);
    return toConnection(await this.deps.holdings.reads.violations(ctx.work.em, actor.nationalId, unpaidOnly, page), page, violationPosition, violationCursor);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly deps: Deps<'ids' | 'holdings'>) {}

  @FieldResolver(() => ID, { description: 'The global ID (`Node`): sealed, it does not contain the national ID.' })
  id(@Root() person: Person): string {
    return this.deps.ids.sealed('Person', person.nationalId);
  }

  @Cost(COST.batched)
  @FieldResolver(() => RelationToYou, {
    nullable: true,
    description: 'How this person stands to you: yourself, family or a sponsored worker (your dependents); null for anyone else or when not signed in.',
  })
  async relationToYou(@Root() person: Person, @Ctx() ctx: Context, @OptionalActor() actor: Actor | null): Promise<RelationToYou | null> {
    if (!actor) return null;
    const you = await requestScoped(ctx, this.deps.holdings.people).load(actor.nationalId);
    return you ? relationTo(you, person) : null;
  }

  // Read from the person's own row (its relation to its head of family or sponsor) and the caller's ID: no statement, so no cost.
  @FieldResolver(() => RelationKind, {
    nullable: true,
    description:
      'How this person stands to you, as the civil registry records it: your spouse, son, daughter, father, mother, domestic worker or sponsored worker. Null for yourself, for anyone who is not your dependant, when not signed in, and for a dependant whose relation the registry does not record (then `relationToYou` still says family or worker).',
  })
  relation(@Root() person: Person, @OptionalActor() actor: Actor | null): RelationKind | null {
    return actor ? relationKindTo(actor.nationalId, person) : null;
  }
}

@Resolver(() => PersonDocument)
export class DocumentResolver {
  constructor(private readonly deps: Deps<'clock' | 'ids' | 'holdings'>) {}

  // Documents reach a caller only through their own lists (theirs and their dependents'), so the holder is someone they may see.
  @Cost(COST.batched)
  @FieldResolver(() => Person, { description: 'Whose document it is: you or one of your dependents.' })
  async holder(@Root() doc: PersonDocument, @Ctx() ctx: Context): Promise<Person> {
    return (await requestScoped(ctx, this.deps.holdings.people).load(doc.nationalId))!;
  }

  @FieldResolver(() => ID, { description: 'The global ID (`Node`).' })
  id(@Root() doc: PersonDocument): string {
    return this.deps.ids.plain('PersonDocument', doc.id);
  }

  @FieldResolver(() => Int, { description: 'Days from today (Riyadh) to expiry; negative once expired.' })
  daysToExpiry(@Root() doc: PersonDocument): number {
    return daysBetween(riyadhDate(this.deps.clock.now()), doc.expiresOn);
  }

  @FieldResolver(() => DocumentStatus, { description: 'Where it stands today (Riyadh): VALID, EXPIRING within 90 days, EXPIRED, or LOST, REPLACED, CANCELLED.' })
  status(@Root() doc: PersonDocument): DocumentStatus {
    return documentStatusOn(doc.status, doc.expiresOn, riyadhDate(this.deps.clock.now()));
  }

  @FieldResolver(() => EntryType, { nullable: true, description: 'For an exit re-entry visa: single or multiple entry; null for other documents.' })
  entryType(@Root() doc: PersonDocument): EntryType | null {
    const value = doc.details?.entryType;
    return value === EntryType.SINGLE || value === EntryType.MULTIPLE ? value : null;
  }
}

@Resolver(() => Vehicle)
export class VehicleResolver {
  constructor(private readonly deps: Deps<'ids'>) {}

  @FieldResolver(() => ID, { description: 'The global ID (`Node`): sealed, it does not contain the plate.' })
  id(@Root() vehicle: Vehicle): string {
    return this.deps.ids.sealed('Vehicle', vehicle.plate);
  }

  @FieldResolver(() => String, { nullable: true, description: PLATE_AR })
  plateAr(@Root() vehicle: Vehicle): string | null {
    return plateInArabic(vehicle.plate);
  }
}

@Resolver(() => Violation)
export class ViolationResolver {
  constructor(private readonly deps: Deps<'ids'>) {}

  @FieldResolver(() => ID, { description: 'The global ID (`Node`).' })
  id(@Root() violation: Violation): string {
    return this.deps.ids.plain('Violation', violation.number);
  }

  @FieldResolver(() => String, { nullable: true, description: `${PLATE_AR} Null too when it was recorded on no vehicle.` })
  plateAr(@Root() violation: Violation): string | null {
    return violation.plate ? plateInArabic(violation.plate) : null;
  }

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
