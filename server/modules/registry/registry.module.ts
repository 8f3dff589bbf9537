import { riyadhDate } from '../../shared/clock';
import { defineModule } from '../../shared/module';
import { seedDemoRegistry } from './demo-registry';
import { PersonDocument, Vehicle, Violation } from './holdings.entity';
import { DocumentResolver, HoldingsResolver, PersonResolver, VehicleResolver, ViolationResolver } from './holdings.resolver';
import { Holdings } from './holdings.service';
import { Person } from './person.entity';

/**
 * The civil registry: people, their documents, vehicles and violations. Written only by the import
 * command and the demo seeder; every other module reads it.
 */
export const registry = defineModule({
  name: 'registry',
  entities: [Person, PersonDocument, Vehicle, Violation],
  needs: ['clock', 'ids', 'bus', 'orm'],
  provide: (deps) => {
    const holdings = new Holdings(deps);
    deps.orm.em.getEventManager().registerSubscriber(holdings.peopleCache);
    return { holdings };
  },
  resolvers: [HoldingsResolver, PersonResolver, DocumentResolver, VehicleResolver, ViolationResolver],
  nodes: ({ holdings }) => {
    const none = (keys: readonly string[]) => Promise.resolve(keys.map(() => null));
    return {
      Person: (ctx, keys) => (ctx.actor ? holdings.visiblePeople(ctx.work.em, ctx.actor.nationalId, keys) : none(keys)),
      PersonDocument: (ctx, keys) => (ctx.actor ? holdings.visibleDocuments(ctx.work.em, ctx.actor.nationalId, keys) : none(keys)),
      Vehicle: (ctx, keys) => (ctx.actor ? holdings.visibleVehicles(ctx.work.em, ctx.actor.nationalId, keys) : none(keys)),
      Violation: (ctx, keys) => (ctx.actor ? holdings.visibleViolations(ctx.work.em, ctx.actor.nationalId, keys) : none(keys)),
    };
  },
  seed:
    ({ clock }) =>
    async (work) => {
      const people = await seedDemoRegistry(work.em, riyadhDate(clock.now()));
      return people ? { people } : null;
    },
});
