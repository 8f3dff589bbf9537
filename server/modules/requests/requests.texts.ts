import type { Localized } from '../../shared/i18n';

/** Notification and SMS texts of request outcomes; `{service}` is the service's name in the reader's language. */
export const requestTexts = {
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
  completed: {
    title: { ar: 'اكتمل طلبك', en: 'Your request is complete' },
    body: { ar: 'اكتمل طلب {service} رقم {reference}.', en: '{service}, request {reference}, is complete.' },
  },
  rejected: {
    title: { ar: 'رُفض طلبك', en: 'Your request was refused' },
    body: {
      ar: 'رُفض طلب {service} رقم {reference}: {reason} يُعاد المبلغ المسدد إلى حسابك البنكي.',
      en: '{service}, request {reference}, was refused: {reason} The amount paid is refunded to your bank account.',
    },
  },
  cancelled: {
    title: { ar: 'أُلغي طلبك', en: 'Request cancelled' },
    body: { ar: 'أُلغي طلب {service} رقم {reference}.', en: '{service}, request {reference}, was cancelled.' },
  },
} satisfies Record<string, { title: Localized; body: Localized }>;
