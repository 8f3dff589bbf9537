import { defineModule } from '../../shared/module';
import { registerAgencyRoute } from './agency-route';
import { DisputesResolver } from './disputes.resolver';
import { DisputesService } from './disputes.service';

/**
 * Disputes decided: the traffic department's signed callback (or, in development, the development
 * button) upholds a dispute (the violation is cancelled) or dismisses it (payable again), once, and
 * tells the person. Opening a dispute is the requests module's DISPUTE_VIOLATION e-service.
 */
export const disputes = defineModule({
  name: 'disputes',
  needs: ['config', 'clock', 'eservices', 'work', 'log'],
  provide: (deps) => ({ disputes: new DisputesService(deps) }),
  resolvers: [DisputesResolver],
  // Without the department's keys no decision can be trusted, so there is no route.
  routes: async (http, deps) => {
    if (deps.config.agencyCallbackSecrets.length) await registerAgencyRoute(http, deps);
  },
});
