import { defineModule } from '../../shared/module';
import { AccountRecoveryResolver } from './account-recovery.resolver';
import { AccountRecoveryService } from './account-recovery.service';
import { OfficeRecoveryCode } from './office-recovery-code.entity';
import { registerOfficeRecoveryRoute } from './office-route';

/**
 * Regaining access after losing the registered mobile: proof through the national SSO or an office's
 * signed callback, a new registry-linked mobile proven by SMS, every session ended, the old number and
 * the e-mail told. After identity, appointments (the offices) and sso, whose services it uses.
 */
export const accountRecovery = defineModule({
  name: 'account-recovery',
  entities: [OfficeRecoveryCode],
  needs: ['config', 'clock', 'random', 'hasher', 'messenger', 'rateLimits', 'codes', 'sessions', 'sso', 'work', 'log'],
  provide: (deps) => ({ accountRecovery: new AccountRecoveryService(deps) }),
  resolvers: [AccountRecoveryResolver],
  // Without the offices' keys no callback can be trusted, so there is no route.
  routes: async (http, deps) => {
    if (deps.config.officeCallbackSecrets.length) await registerOfficeRecoveryRoute(http, deps);
  },
});
