import { defineModule } from '../../shared/module';
import { SsoLink } from './sso-link.entity';
import { SsoAccountResolver, SsoResolver } from './sso.resolver';
import { registerSsoRoutes } from './sso.routes';
import { SsoService } from './sso.service';

/** National single sign-on (OpenID Connect relying party); off unless SSO_ISSUER is configured. */
export const sso = defineModule({
  name: 'sso',
  entities: [SsoLink],
  needs: ['config', 'clock', 'log', 'appSecrets', 'sessions', 'identity', 'accountCare', 'messenger', 'rateLimits', 'work'],
  provide: (deps) => ({ sso: deps.config.sso ? new SsoService(deps, deps.config.sso) : null }),
  resolvers: [SsoResolver, SsoAccountResolver],
  routes: (http, deps) => {
    if (deps.sso) registerSsoRoutes(http, deps, deps.sso);
  },
});
