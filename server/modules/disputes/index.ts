import type { DisputesService } from './disputes.service';

export { disputes } from './disputes.module';
export { AGENCY_SIGNATURE_HEADER, AGENCY_TIMESTAMP_HEADER, DISPUTE_DECISION_PATH } from './agency-route';
export type { DisputesService } from './disputes.service';

declare module '../../shared/module' {
  interface Registry {
    disputes: DisputesService;
  }
}
