import type { BillItem } from '../payments';
import { PersonKind } from '../registry';

/*
 * The published rules of a vehicle sale, as tested constants. Source of every figure: issue 18
 * ("Money that behaves like a government's", part 1), which states the published terms: a price of
 * SAR 500 to 1,000,000, SAR 150 ownership transfer fee and SAR 230 platform fee on top of the price,
 * and at most 2 vehicles owned by a resident.
 */

/** The lowest price a vehicle may be offered at: SAR 500 (issue 18, part 1). */
export const MIN_PRICE_RIYALS = 500;
/** The highest price a vehicle may be offered at: SAR 1,000,000 (issue 18, part 1). */
export const MAX_PRICE_RIYALS = 1_000_000;
/** The ownership transfer fee, paid by the buyer into the escrow bill: SAR 150 (issue 18, part 1, "as published"). */
export const TRANSFER_FEE_HALALAS = 150_00;
/** The platform fee, paid by the buyer into the escrow bill: SAR 230 (issue 18, part 1, "as published"). */
export const PLATFORM_FEE_HALALAS = 230_00;
/** The most vehicles a resident (iqama holder) may own: 2 (issue 18, part 1). */
export const MAX_VEHICLES_PER_RESIDENT = 2;

export type PriceRefusal = { code: 'PRICE_TOO_LOW'; minimum: number } | { code: 'PRICE_TOO_HIGH'; maximum: number } | null;

/** Whether a price in whole riyals may be asked. */
export function priceRefusal(riyals: number): PriceRefusal {
  if (riyals < MIN_PRICE_RIYALS) return { code: 'PRICE_TOO_LOW', minimum: MIN_PRICE_RIYALS };
  if (riyals > MAX_PRICE_RIYALS) return { code: 'PRICE_TOO_HIGH', maximum: MAX_PRICE_RIYALS };
  return null;
}

/** The escrow bill's lines: the price, the transfer fee and the platform fee. */
export function escrowItems(priceHalalas: number): BillItem[] {
  return [
    { code: 'VEHICLE_PRICE', labelAr: 'ثمن المركبة (محفوظ لدى الضمان حتى نقل الملكية)', labelEn: 'Vehicle price (held in escrow until ownership moves)', halalas: priceHalalas },
    { code: 'TRANSFER_FEE', labelAr: 'رسوم نقل الملكية', labelEn: 'Ownership transfer fee', halalas: TRANSFER_FEE_HALALAS },
    { code: 'PLATFORM_FEE', labelAr: 'رسوم المنصة', labelEn: 'Platform fee', halalas: PLATFORM_FEE_HALALAS },
  ];
}

/** What the registry says at the moment a rule is checked (offer, acceptance, payment). */
export interface SaleFacts {
  /** The seller still owns the vehicle. */
  sellerOwns: boolean;
  /** Unpaid violations recorded on the vehicle (cancelled ones excluded). */
  unpaidViolations: number;
  sellerServicesSuspended: boolean;
  /** Null at the offer: the buyer's holdings are not the seller's to learn. */
  buyer: { kind: PersonKind; vehiclesOwned: number } | null;
}

export type SaleRefusalCode = 'VEHICLE_NOT_FOUND' | 'VEHICLE_HAS_UNPAID_VIOLATIONS' | 'OWNER_SERVICES_SUSPENDED' | 'BUYER_VEHICLE_LIMIT';

/** Every rule a sale breaks, in the order a person would fix them; empty when it may go ahead. */
export function saleRefusals(facts: SaleFacts): SaleRefusalCode[] {
  const refusals: SaleRefusalCode[] = [];
  if (!facts.sellerOwns) refusals.push('VEHICLE_NOT_FOUND');
  if (facts.unpaidViolations > 0) refusals.push('VEHICLE_HAS_UNPAID_VIOLATIONS');
  if (facts.sellerServicesSuspended) refusals.push('OWNER_SERVICES_SUSPENDED');
  if (facts.buyer?.kind === PersonKind.RESIDENT && facts.buyer.vehiclesOwned >= MAX_VEHICLES_PER_RESIDENT) refusals.push('BUYER_VEHICLE_LIMIT');
  return refusals;
}
