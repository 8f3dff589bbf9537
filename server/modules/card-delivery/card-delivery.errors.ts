import type { Localized } from '../../shared/i18n';
import { defineErrors } from '../../shared/user-error';

/** Codes and messages of card delivery: why a delivery was not ordered or advanced. */
export const cardDeliveryMessages = {
  CARD_NOT_FOUND: {
    ar: 'لم نجد هذه البطاقة بين وثائقك أو وثائق من تنوب عنهم.',
    en: 'This card is not among your documents or those of the people you act for.',
  },
  CARD_NOT_IN_FORCE: {
    ar: 'هذه الوثيقة ليست سارية ({status})، فلا تُوصَل بطاقتها.',
    en: 'This document is not in force ({status}), so its card is not delivered.',
  },
  NOT_ISSUED_BY_REQUEST: {
    ar: 'لا تُوصَل إلا البطاقات الصادرة بطلب مكتمل عبر المنصة (تجديد أو بدل فاقد) واستمارات المركبات. استلم هذه البطاقة من المكتب.',
    en: 'Only cards issued by a completed request on the portal (a renewal or a replacement) and vehicle registrations are delivered. Collect this card at an office.',
  },
  NO_NATIONAL_ADDRESS: {
    ar: 'لا يوجد عنوان وطني مسجّل لصاحب البطاقة، فلا يمكن توصيلها. سجّل العنوان الوطني أو استلم البطاقة من المكتب.',
    en: 'The card holder has no national address on record, so it cannot be delivered. Register the national address, or collect the card at an office.',
  },
  DELIVERY_ALREADY_ORDERED: {
    ar: 'طُلب توصيل هذه البطاقة من قبل ولم يكتمل بعد (رقم التتبع {trackingNumber}).',
    en: 'A delivery of this card is already under way (tracking number {trackingNumber}).',
  },
  DELIVERY_NOT_FOUND: {
    ar: 'لم نجد طلب التوصيل هذا بين طلباتك.',
    en: 'This delivery is not among yours.',
  },
  NOTHING_TO_ADVANCE: {
    ar: 'لا خطوة تالية لهذا التوصيل الآن ({status}): يُدفع أولاً، ولا شيء بعد التسليم.',
    en: 'This delivery has no next step now ({status}): it is paid first, and nothing follows delivery.',
  },
} satisfies Record<string, Localized>;

export const CardDeliveryErrors = defineErrors('CardDeliveryError', cardDeliveryMessages, 'Why a card delivery was not ordered or advanced.');
export type CardDeliveryError = ReturnType<typeof CardDeliveryErrors.localize>[number];
