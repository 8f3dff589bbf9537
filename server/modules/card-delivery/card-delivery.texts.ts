import type { Localized } from '../../shared/i18n';
import { DeliveryStatus } from './delivery-rules';

type Text = { title: Localized; body: Localized };

/** What the person who ordered a delivery is told at each step (in the portal and by SMS). */
export const deliveryTexts = {
  ordered: {
    title: { ar: 'طلب توصيل بطاقة', en: 'Card delivery ordered' },
    body: {
      ar: 'طُلب توصيل {card} رقم {number} إلى العنوان الوطني ({address}). ادفع الفاتورة {bill} بمبلغ {amount} ريال قبل {due} ليبدأ التوصيل. رقم التتبع {trackingNumber}.',
      en: 'Delivery of {card} {number} to the national address ({address}) was ordered. Pay bill {bill}, SAR {amount}, by {due} to start it. Tracking number {trackingNumber}.',
    },
  },
  steps: {
    [DeliveryStatus.ORDERED]: {
      title: { ar: 'بدأ توصيل البطاقة', en: 'Card delivery under way' },
      body: {
        ar: 'دُفعت رسوم توصيل {card} رقم {number}، وأُرسل الطلب إلى البريد. رقم التتبع {trackingNumber}.',
        en: 'The delivery fee for {card} {number} is paid and the order went to the post. Tracking number {trackingNumber}.',
      },
    },
    [DeliveryStatus.PRINTED]: {
      title: { ar: 'طُبعت البطاقة', en: 'Card printed' },
      body: { ar: 'طُبعت {card} رقم {number} وسُلّمت للبريد. رقم التتبع {trackingNumber}.', en: '{card} {number} is printed and handed to the post. Tracking number {trackingNumber}.' },
    },
    [DeliveryStatus.OUT_FOR_DELIVERY]: {
      title: { ar: 'البطاقة في الطريق إليك', en: 'Card out for delivery' },
      body: {
        ar: '{card} رقم {number} مع مندوب التوصيل اليوم إلى {address}. رقم التتبع {trackingNumber}.',
        en: '{card} {number} is out for delivery today to {address}. Tracking number {trackingNumber}.',
      },
    },
    [DeliveryStatus.DELIVERED]: {
      title: { ar: 'سُلّمت البطاقة', en: 'Card delivered' },
      body: { ar: 'سُلّمت {card} رقم {number} إلى {address}. رقم التتبع {trackingNumber}.', en: '{card} {number} was delivered to {address}. Tracking number {trackingNumber}.' },
    },
  } satisfies Record<(typeof DeliveryStatus)[keyof typeof DeliveryStatus] & ('ORDERED' | 'PRINTED' | 'OUT_FOR_DELIVERY' | 'DELIVERED'), Text>,
  cardNames: {
    NATIONAL_ID: { ar: 'بطاقة الهوية الوطنية', en: 'National ID card' },
    IQAMA: { ar: 'بطاقة الإقامة', en: 'Iqama card' },
    PASSPORT: { ar: 'جواز السفر', en: 'Passport' },
    DRIVING_LICENCE: { ar: 'رخصة القيادة', en: 'Driving licence' },
    EXIT_REENTRY_VISA: { ar: 'تأشيرة الخروج والعودة', en: 'Exit re-entry visa' },
    FINAL_EXIT_VISA: { ar: 'تأشيرة الخروج النهائي', en: 'Final exit visa' },
    VEHICLE_REGISTRATION: { ar: 'استمارة المركبة', en: 'Vehicle registration card' },
  } satisfies Record<string, Localized>,
};
