import type { EServices } from './requests.service';

export { requests } from './requests.module';
export { AlreadyPaid, PaymentRequired, PaymentWithdrawn, RefundDue } from './requests.events';
export { BILL_VALIDITY_MS } from './requests.service';
export type { EServices } from './requests.service';
export { RequestErrors, requestMessages } from './requests.errors';
export type { RequestErrorCode } from './requests.errors';
export { RequestStatus, ServiceRequest } from './service-request.entity';
export type { FeeItem } from './rules/facts';
export { MAX_VIOLATIONS_PER_BILL } from './rules/traffic.rules';
export { requestTexts } from './requests.texts';

declare module '../../shared/module' {
  interface Registry {
    eservices: EServices;
  }
}
