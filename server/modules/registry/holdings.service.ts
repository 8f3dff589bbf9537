import DataLoader from 'dataloader';
import type { Context } from '../../shared/context';
import type { EntityManager } from '@mikro-orm/core';
import type { Bus } from '../../shared/bus';
import type { Clock } from '../../shared/clock';
import type { GlobalIds } from '../../shared/global-id';
import { ReadCache } from '../../shared/read-cache';
import { HoldingsReadModel } from './holdings.read-model';
import { PersonDocument, Vehicle, Violation } from './holdings.entity';
import { Person } from './person.entity';

/**
 * What the registry holds about a person and the people they answer for: their dependents (the
 * living people whose head of family or sponsor they are), documents, vehicles and violations.
 */
export class Holdings {
  /** The lists a signed-in person sees, as plain rows (read model). */
  readonly reads: HoldingsReadModel;

  /**
   * People by national ID for one GraphQL request (`requestScoped(ctx, holdings.people)`): a page
   * that names 50 people (holders, beneficiaries, applicants) reads them in one statement, whichever
   * module's field asks.
   */
  readonly people: (ctx: Context) => DataLoader<string, Person | null>;

  /**
   * People as read, until a committed change to one (an ORM event subscriber the module registers)
   * or for 15 s at most: `registry:import` writes from another process, unseen here, as for the
   * current-account cache.
   */
  readonly peopleCache: ReadCache<Person | null>;

  constructor(deps: { ids: GlobalIds; clock: Clock; bus: Bus }) {
    const reads = (this.reads = new HoldingsReadModel(deps.ids));
    const cache = (this.peopleCache = new ReadCache('people', deps, {
      maxViews: 50_000,
      ttlMs: 15_000,
      scopesOf: (change) => (change.entity instanceof Person ? [change.entity.nationalId] : []),
    }));
    this.people = (ctx) =>
      new DataLoader<string, Person | null>(async (nationalIds) => {
        const found = await cache.many(ctx.work.em, nationalIds, async (missing) => {
          const read = new Map((await reads.people(ctx.work.em, missing)).map((p) => [p.nationalId, Object.freeze(p)]));
          return new Map(missing.map((id) => [id, read.get(id) ?? null]));
        });
        return nationalIds.map((id) => found.get(id) ?? null);
      });
  }

  /** Which of these people the caller may see: themself and their living dependents. */
  async visiblePeople(em: EntityManager, callerId: string, nationalIds: readonly string[]): Promise<(Person | null)[]> {
    const found = await em.find(Person, { nationalId: { $in: [...nationalIds] }, $or: [{ nationalId: callerId }, { headOfFamilyId: callerId, deceased: false }] });
    return nationalIds.map((id) => found.find((p) => p.nationalId === id) ?? null);
  }

  /** Which of these documents the caller may see: theirs and their living dependents'. */
  async visibleDocuments(em: EntityManager, callerId: string, ids: readonly string[]): Promise<(PersonDocument | null)[]> {
    const dependents = (await em.find(Person, { headOfFamilyId: callerId, deceased: false }, { fields: ['nationalId'] })).map((p) => p.nationalId);
    const found = await em.find(PersonDocument, { id: { $in: [...ids] }, nationalId: { $in: [callerId, ...dependents] } });
    return ids.map((id) => found.find((d) => d.id === id) ?? null);
  }

  /** Which of these vehicles the caller owns. */
  async visibleVehicles(em: EntityManager, callerId: string, plates: readonly string[]): Promise<(Vehicle | null)[]> {
    const found = await em.find(Vehicle, { plate: { $in: [...plates] }, ownerId: callerId });
    return plates.map((plate) => found.find((v) => v.plate === plate) ?? null);
  }

  /** Which of these violations are the caller's: as driver, or on a vehicle of theirs. */
  async visibleViolations(em: EntityManager, callerId: string, numbers: readonly string[]): Promise<(Violation | null)[]> {
    const plates = (await em.find(Vehicle, { ownerId: callerId }, { fields: ['plate'] })).map((v) => v.plate);
    const found = await em.find(Violation, { number: { $in: [...numbers] }, $or: [{ nationalId: callerId }, { plate: { $in: plates } }] });
    return numbers.map((n) => found.find((v) => v.number === n) ?? null);
  }

  dependentsOf(em: EntityManager, nationalId: string): Promise<Person[]> {
    return em.find(Person, { headOfFamilyId: nationalId, deceased: false }, { orderBy: { dateOfBirth: 'asc' } });
  }

  /** A living dependent of `headId` with this ID, or null (an unknown ID, or someone else's). */
  dependentOf(em: EntityManager, headId: string, nationalId: string): Promise<Person | null> {
    return em.findOne(Person, { nationalId, headOfFamilyId: headId, deceased: false });
  }

  async documentsOf(em: EntityManager, nationalId: string): Promise<PersonDocument[]> {
    const dependents = await em.find(Person, { headOfFamilyId: nationalId, deceased: false }, { fields: ['nationalId'] });
    return em.find(PersonDocument, { nationalId: { $in: [nationalId, ...dependents.map((d) => d.nationalId)] } }, { orderBy: { expiresOn: 'asc', type: 'asc' } });
  }

  vehiclesOf(em: EntityManager, nationalId: string): Promise<Vehicle[]> {
    return em.find(Vehicle, { ownerId: nationalId }, { orderBy: { plate: 'asc' } });
  }

  /** As driver, or on a vehicle of theirs; newest first. */
  async violationsOf(em: EntityManager, nationalId: string, unpaidOnly: boolean): Promise<Violation[]> {
    const plates = (await em.find(Vehicle, { ownerId: nationalId }, { fields: ['plate'] })).map((v) => v.plate);
    const theirs = plates.length ? { $or: [{ nationalId }, { plate: { $in: plates } }] } : { nationalId };
    return em.find(Violation, unpaidOnly ? { $and: [theirs, { paid: false }] } : theirs, { orderBy: { issuedOn: 'desc', number: 'asc' } });
  }

  person(em: EntityManager, nationalId: string): Promise<Person | null> {
    return em.findOne(Person, nationalId);
  }
}
