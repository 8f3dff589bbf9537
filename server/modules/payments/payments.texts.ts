import type { Localized } from '../../shared/i18n';

/** Notification and SMS texts about bills; `{service}` is the service's name in the reader's language. */
export const paymentTexts = {
  billIssued: {
    title: { ar: 'صدرت فاتورة طلبك', en: 'Your bill is ready' },
    body: {
      ar: 'طلب {service} رقم {reference}: فاتورة سداد رقم {bill} بمبلغ {amount} ريال، تُسدد قبل {due}.',
      en: '{service}, request {reference}: SADAD bill {bill} for SAR {amount}, to be paid before {due}.',
    },
  },
  billPaid: {
    title: { ar: 'تم سداد الفاتورة', en: 'Bill paid' },
    body: { ar: 'استلمنا سداد الفاتورة رقم {bill} بمبلغ {amount} ريال.', en: 'We received payment of bill {bill}, SAR {amount}.' },
  },
  refundOwed: {
    title: { ar: 'سنعيد إليك رسوم طلبك', en: 'Your fee will be refunded' },
    body: {
      ar: 'رُفض الطلب رقم {reference} بعد السداد، فسنعيد مبلغ الفاتورة رقم {bill} كاملاً ({amount} ريال) إلى الحساب الذي سددت منه.',
      en: 'Request {reference} was refused after payment: bill {bill} is refunded in full (SAR {amount}) to the account you paid from.',
    },
  },
  refundOwedCancelled: {
    title: { ar: 'سنعيد إليك رسوم طلبك', en: 'Your fee will be refunded' },
    body: {
      ar: 'أُلغي ما أصدره الطلب رقم {reference} قبل استخدامه، فسنعيد مبلغ الفاتورة رقم {bill} كاملاً ({amount} ريال) إلى الحساب الذي سددت منه.',
      en: 'What request {reference} issued was cancelled before use: bill {bill} is refunded in full (SAR {amount}) to the account you paid from.',
    },
  },
  refundCompleted: {
    title: { ar: 'أُعيد المبلغ', en: 'Refund sent' },
    body: {
      ar: 'أُعيد مبلغ الفاتورة رقم {bill} ({amount} ريال). مرجع الاسترداد: {gatewayReference}.',
      en: 'The refund of bill {bill} (SAR {amount}) has been sent. Refund reference: {gatewayReference}.',
    },
  },
} satisfies Record<string, { title: Localized; body: Localized }>;
