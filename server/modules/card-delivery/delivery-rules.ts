import type { BillItem } from '../payments';

/** Where a card's postal delivery stands. AWAITING_PAYMENT until its fee's bill is paid; then the carrier's steps, in order. */
export enum DeliveryStatus {
  AWAITING_PAYMENT = 'AWAITING_PAYMENT',
  ORDERED = 'ORDERED',
  PRINTED = 'PRINTED',
  OUT_FOR_DELIVERY = 'OUT_FOR_DELIVERY',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
}

/** The carrier's steps after payment, in the only order they happen. */
export const TRACKING_STEPS = [DeliveryStatus.ORDERED, DeliveryStatus.PRINTED, DeliveryStatus.OUT_FOR_DELIVERY, DeliveryStatus.DELIVERED] as const;
/** What the carrier reports (ORDERED is the payment's, not the carrier's). */
export type CarrierStep = DeliveryStatus.PRINTED | DeliveryStatus.OUT_FOR_DELIVERY | DeliveryStatus.DELIVERED;
export const CARRIER_STEPS: readonly CarrierStep[] = [DeliveryStatus.PRINTED, DeliveryStatus.OUT_FOR_DELIVERY, DeliveryStatus.DELIVERED];

/**
 * The fee for postal delivery of a card: SAR 17.25, the fee published for delivering a vehicle
 * registration (istimara) card by post to the national address (issue 16 quotes it; Absher's
 * "istimara delivery" service and Saudi Post's card delivery charge it). No separate figure is
 * published for the other cards the portal issues; the same postal fee is charged for them (our
 * decision, CHANGELOG), since the carrier and the service are the same.
 */
export const CARD_DELIVERY_FEE_HALALAS = 1725;

/** The fee as the bill's line. */
export function deliveryItems(isVehicleRegistration: boolean): BillItem[] {
  return [
    {
      code: 'CARD_DELIVERY',
      labelAr: isVehicleRegistration ? 'رسوم توصيل بطاقة الاستمارة بالبريد إلى العنوان الوطني' : 'رسوم توصيل البطاقة بالبريد إلى العنوان الوطني',
      labelEn: isVehicleRegistration ? 'Postal delivery of the vehicle registration card to the national address' : 'Postal delivery of the card to the national address',
      halalas: CARD_DELIVERY_FEE_HALALAS,
    },
  ];
}

/** What a carrier's report does to a delivery in `current`: the next step is recorded, one already passed changes nothing (a replay), anything else is out of order. */
export type StepDecision = 'RECORD' | 'ALREADY_RECORDED' | 'OUT_OF_ORDER';

export function decideStep(current: DeliveryStatus, reported: CarrierStep): StepDecision {
  if (current === DeliveryStatus.AWAITING_PAYMENT || current === DeliveryStatus.CANCELLED) return 'OUT_OF_ORDER';
  const at = TRACKING_STEPS.indexOf(current as (typeof TRACKING_STEPS)[number]);
  const to = TRACKING_STEPS.indexOf(reported);
  if (to <= at) return 'ALREADY_RECORDED';
  return to === at + 1 ? 'RECORD' : 'OUT_OF_ORDER';
}

/** The step after `current` (for the development button); null when there is none to take. */
export function nextStep(current: DeliveryStatus): CarrierStep | null {
  const at = TRACKING_STEPS.indexOf(current as (typeof TRACKING_STEPS)[number]);
  return at >= 0 && at < TRACKING_STEPS.length - 1 ? (TRACKING_STEPS[at + 1] as CarrierStep) : null;
}
