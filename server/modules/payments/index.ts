import type { PaymentsService } from './payments.service';

export { payments } from './payments.module';
export { Bill, BillStatus } from './bill.entity';
export type { BillItem } from './bill.entity';
export { BillPaid, CALLBACK_MAX_AGE_SECONDS, SADAD_SIGNATURE_HEADER, SADAD_TIMESTAMP_HEADER, signCallback } from './payments.service';
export type { BillFor, BillText, PaymentsService } from './payments.service';
export { BillItemView } from './payments.types';

declare module '../../shared/module' {
  interface Registry {
    payments: PaymentsService;
  }
}
