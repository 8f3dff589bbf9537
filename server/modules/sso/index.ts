import type { SsoService } from './sso.service';

export { sso } from './sso.module';
export { SsoLink } from './sso-link.entity';

declare module '../../shared/module' {
  interface Registry {
    /** National single sign-on; null when SSO_ISSUER is not configured. */
    sso: SsoService | null;
  }
}
