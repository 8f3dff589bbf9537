import { defineModule } from '../../shared/module';
import { EligibilityResolver, PersonServicesResolver, RequestsResolver } from './requests.resolver';
import { EServices } from './requests.service';
import { ServiceRequest } from './service-request.entity';

/**
 * E-service requests: every service's rules (pure functions in `rules/`), submission, the request's
 * life (refused, pending payment, completed, rejected, cancelled) and what it issues. Its fee is billed by
 * whoever reacts to `PaymentRequired` (the payments module).
 */
export const requests = defineModule({
  name: 'requests',
  entities: [ServiceRequest],
  needs: ['config', 'clock', 'random', 'notifier', 'ids', 'holdings', 'rateLimits', 'authorisations', 'bus', 'orm'],
  provide: (deps) => {
    const eservices = new EServices(deps);
    deps.orm.em.getEventManager().registerSubscriber(eservices.pages);
    return { eservices };
  },
  resolvers: [RequestsResolver, EligibilityResolver, PersonServicesResolver],
  nodes: ({ eservices }) => ({
    ServiceRequest: (ctx, ids) => (ctx.actor ? eservices.mineByIds(ctx.work, ctx.actor.accountId, ids) : Promise.resolve(ids.map(() => null))),
  }),
});
