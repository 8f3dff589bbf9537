import { defineModule } from '../../shared/module';
import { Authorisation } from './authorisation.entity';
import { AuthorisationsResolver, EServiceDelegationResolver } from './authorisations.resolver';
import { Authorisations } from './authorisations.service';

/**
 * Authorisations (delegation): named e-services given by one person to another between two dates,
 * accepted or declined, revoked, expired; and the driver authorisations the `authorizeDriver`
 * e-service issues. The requests module, after this one, consults it for `actingFor`.
 */
export const authorisations = defineModule({
  name: 'authorisations',
  entities: [Authorisation],
  needs: ['clock', 'notifier', 'rateLimits', 'ids'],
  provide: (deps) => ({ authorisations: new Authorisations(deps) }),
  resolvers: [AuthorisationsResolver, EServiceDelegationResolver],
  nodes: ({ authorisations }) => ({
    Authorisation: (ctx, ids) => (ctx.actor ? authorisations.mineByIds(ctx.work.em, ctx.actor.nationalId, ids) : Promise.resolve(ids.map(() => null))),
  }),
});
