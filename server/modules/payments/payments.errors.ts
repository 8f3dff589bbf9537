import { defineErrors } from '../../shared/user-error';
import type { Localized } from '../../shared/i18n';

/** Why a bill could not be paid, and what to do, in both languages. */
export const paymentMessages = {
  BILL_NOT_FOUND: {
    ar: 'لم نجد فاتورة بهذا الرقم ضمن فواتيرك. تحقق من الرقم.',
    en: 'No bill with this number is among yours. Check the number.',
  },
  BILL_ALREADY_PAID: {
    ar: 'هذه الفاتورة مسددة، فلا يلزم شيء.',
    en: 'This bill is already paid: nothing more is needed.',
  },
  BILL_EXPIRED: {
    ar: 'انتهت صلاحية هذه الفاتورة أو أُلغي طلبها. قدّم الطلب من جديد لإصدار فاتورة جديدة.',
    en: 'This bill has expired or its request was cancelled. Submit the request again for a new bill.',
  },
} satisfies Record<string, Localized>;

export type PaymentErrorCode = keyof typeof paymentMessages;
export const PaymentErrors = defineErrors('PaymentError', paymentMessages, 'Why a bill could not be paid.');
export type PaymentError = ReturnType<typeof PaymentErrors.localize>[number];
