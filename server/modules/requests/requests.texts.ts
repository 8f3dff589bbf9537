import type { Localized } from '../../shared/i18n';

/** Notification and SMS texts of request outcomes; `{service}` is the service's name in the reader's language. */
export const requestTexts = {
  completed: {
    title: { ar: 'اكتمل طلبك', en: 'Your request is complete' },
    body: { ar: 'اكتمل طلب {service} رقم {reference}.', en: '{service}, request {reference}, is complete.' },
  },
  rejected: {
    title: { ar: 'رُفض طلبك', en: 'Your request was refused' },
    body: {
      ar: 'رُفض طلب {service} رقم {reference}: {reason}',
      en: '{service}, request {reference}, was refused: {reason}',
    },
  },
  visaCancelled: {
    title: { ar: 'أُلغيت التأشيرة', en: 'Visa cancelled' },
    body: {
      ar: 'أُلغيت تأشيرة الخروج والعودة رقم {visa} قبل استخدامها (الطلب {reference})، وستُعاد رسومها.',
      en: 'Exit re-entry visa {visa} was cancelled before use (request {reference}); its fee will be refunded.',
    },
  },
  cancelled: {
    title: { ar: 'أُلغي طلبك', en: 'Request cancelled' },
    body: { ar: 'أُلغي طلب {service} رقم {reference}.', en: '{service}, request {reference}, was cancelled.' },
  },
} satisfies Record<string, { title: Localized; body: Localized }>;
