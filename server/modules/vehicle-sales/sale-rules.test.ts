import { describe, expect, it } from 'vitest';
import { PersonKind } from '../registry';
import { escrowItems, MAX_PRICE_RIYALS, MAX_VEHICLES_PER_RESIDENT, MIN_PRICE_RIYALS, PLATFORM_FEE_HALALAS, priceRefusal, saleRefusals, TRANSFER_FEE_HALALAS } from './sale-rules';

const clean = { sellerOwns: true, unpaidViolations: 0, sellerServicesSuspended: false, buyer: { kind: PersonKind.RESIDENT, vehiclesOwned: 0 } };

describe('vehicle sale rules (issue 18, part 1)', () => {
  it('the published figures: SAR 500 to 1,000,000, SAR 150 transfer fee, SAR 230 platform fee, 2 vehicles per resident', () => {
    expect([MIN_PRICE_RIYALS, MAX_PRICE_RIYALS, TRANSFER_FEE_HALALAS, PLATFORM_FEE_HALALAS, MAX_VEHICLES_PER_RESIDENT]).toEqual([500, 1_000_000, 15_000, 23_000, 2]);
  });

  it('a price is allowed from SAR 500 to SAR 1,000,000 inclusive', () => {
    expect(priceRefusal(499)).toEqual({ code: 'PRICE_TOO_LOW', minimum: 500 });
    expect(priceRefusal(500)).toBeNull();
    expect(priceRefusal(1_000_000)).toBeNull();
    expect(priceRefusal(1_000_001)).toEqual({ code: 'PRICE_TOO_HIGH', maximum: 1_000_000 });
  });

  it('the escrow bill is the price plus SAR 150 and SAR 230', () => {
    const items = escrowItems(4_500_000);
    expect(items.map((i) => [i.code, i.halalas])).toEqual([
      ['VEHICLE_PRICE', 4_500_000],
      ['TRANSFER_FEE', 15_000],
      ['PLATFORM_FEE', 23_000],
    ]);
    expect(items.reduce((s, i) => s + i.halalas, 0)).toBe(4_538_000);
  });

  it('a resident buyer may own 2 vehicles at most: owning 1 may buy, owning 2 may not; a citizen has no such limit', () => {
    expect(saleRefusals({ ...clean, buyer: { kind: PersonKind.RESIDENT, vehiclesOwned: 1 } })).toEqual([]);
    expect(saleRefusals({ ...clean, buyer: { kind: PersonKind.RESIDENT, vehiclesOwned: 2 } })).toEqual(['BUYER_VEHICLE_LIMIT']);
    expect(saleRefusals({ ...clean, buyer: { kind: PersonKind.CITIZEN, vehiclesOwned: 5 } })).toEqual([]);
    expect(saleRefusals({ ...clean, buyer: null })).toEqual([]);
  });

  it("one unpaid violation, a suspension, or a vehicle no longer the seller's each stop the sale", () => {
    expect(saleRefusals({ ...clean, unpaidViolations: 1 })).toEqual(['VEHICLE_HAS_UNPAID_VIOLATIONS']);
    expect(saleRefusals({ ...clean, sellerServicesSuspended: true })).toEqual(['OWNER_SERVICES_SUSPENDED']);
    expect(saleRefusals({ ...clean, sellerOwns: false })).toEqual(['VEHICLE_NOT_FOUND']);
  });
});
