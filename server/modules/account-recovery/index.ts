import type { AccountRecoveryService } from './account-recovery.service';

export { accountRecovery } from './account-recovery.module';
export { OFFICE_RECOVERY_PATH, OFFICE_SIGNATURE_HEADER, OFFICE_TIMESTAMP_HEADER } from './office-route';
export type { AccountRecoveryService } from './account-recovery.service';

declare module '../../shared/module' {
  interface Registry {
    accountRecovery: AccountRecoveryService;
  }
}
