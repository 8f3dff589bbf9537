import type { Localized } from '../../shared/i18n';
import { defineErrors } from '../../shared/user-error';

/** Why a vehicle sale could not go ahead, and what to do, in both languages. */
export const vehicleSaleMessages = {
  PRICE_TOO_LOW: { ar: 'أقل سعر للبيع {minimum} ريال.', en: 'The lowest price is SAR {minimum}.' },
  PRICE_TOO_HIGH: { ar: 'أعلى سعر للبيع {maximum} ريال.', en: 'The highest price is SAR {maximum}.' },
  VEHICLE_NOT_FOUND: { ar: 'لا توجد مركبة بهذه اللوحة مسجلة باسم البائع.', en: "No vehicle with this plate is registered in the seller's name." },
  BUYER_ID_INVALID: { ar: 'أدخل رقم هوية أو إقامة صحيحاً من 10 أرقام.', en: 'Enter a valid 10-digit national ID or iqama number.' },
  BUYER_IS_SELLER: { ar: 'لا يمكنك بيع مركبتك لنفسك.', en: 'You cannot sell your vehicle to yourself.' },
  OFFER_ALREADY_OPEN: { ar: 'لهذه المركبة عرض بيع قائم. ألغِه أولاً لتقديم عرض جديد.', en: 'This vehicle already has an open sale offer. Cancel it first to make a new one.' },
  VEHICLE_HAS_UNPAID_VIOLATIONS: { ar: 'على المركبة مخالفات غير مسددة. سددها أولاً.', en: 'The vehicle has unpaid violations. Pay them first.' },
  OWNER_SERVICES_SUSPENDED: { ar: 'خدمات مالك المركبة موقوفة، فلا يمكن بيعها.', en: "The owner's services are suspended, so the vehicle cannot be sold." },
  BUYER_VEHICLE_LIMIT: { ar: 'لا يملك المقيم أكثر من {maximum} مركبة.', en: 'A resident may own at most {maximum} vehicles.' },
  SALE_NOT_FOUND: { ar: 'لم نجد عملية البيع هذه ضمن عملياتك.', en: 'This sale is not among yours.' },
  SALE_CLOSED: { ar: 'عملية البيع هذه لم تعد قائمة.', en: 'This sale is no longer open.' },
  SALE_ALREADY_PAID: { ar: 'سُددت فاتورة البيع، فلا يمكن إلغاؤه.', en: 'The sale has been paid, so it cannot be cancelled.' },
} satisfies Record<string, Localized>;

export type VehicleSaleErrorCode = keyof typeof vehicleSaleMessages;
export const VehicleSaleErrors = defineErrors('VehicleSaleError', vehicleSaleMessages, 'Why a vehicle sale could not go ahead.');
export type VehicleSaleError = ReturnType<typeof VehicleSaleErrors.localize>[number];

/** Why a sale closed without a refusal of ours: the words for `reasonCode`. */
export const closingReasons = {
  SELLER_CANCELLED: { ar: 'ألغى البائع العرض.', en: 'The seller cancelled the offer.' },
  BUYER_DECLINED: { ar: 'رفض المشتري العرض.', en: 'The buyer declined the offer.' },
  BILL_EXPIRED: { ar: 'لم تُسدد فاتورة الضمان في وقتها.', en: 'The escrow bill was not paid in time.' },
} satisfies Record<string, Localized>;
