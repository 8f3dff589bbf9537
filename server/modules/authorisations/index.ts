import type { Authorisations } from './authorisations.service';

export { authorisations } from './authorisations.module';
export { Authorisation, AuthorisationKind, AuthorisationRole, AuthorisationStatus } from './authorisation.entity';
export { DELEGABLE_SERVICES, MAX_AUTHORISATION_YEARS } from './authorisation-rules';
export type { Authorisations } from './authorisations.service';

declare module '../../shared/module' {
  interface Registry {
    authorisations: Authorisations;
  }
}
