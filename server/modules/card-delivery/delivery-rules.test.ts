import { describe, expect, it } from 'vitest';
import { CARD_DELIVERY_FEE_HALALAS, decideStep, deliveryItems, DeliveryStatus as S, nextStep } from './delivery-rules';

describe('card delivery rules', () => {
  it('charges the published SAR 17.25 for postal delivery, as one bill line', () => {
    expect(CARD_DELIVERY_FEE_HALALAS).toBe(1725);
    expect(deliveryItems(true)).toEqual([expect.objectContaining({ code: 'CARD_DELIVERY', halalas: 1725 })]);
    expect(deliveryItems(false)[0].halalas).toBe(1725);
  });

  it('records only the next step; a step already passed is a replay; a skipped one, or any before payment, is out of order', () => {
    expect(decideStep(S.ORDERED, S.PRINTED)).toBe('RECORD');
    expect(decideStep(S.PRINTED, S.OUT_FOR_DELIVERY)).toBe('RECORD');
    expect(decideStep(S.OUT_FOR_DELIVERY, S.DELIVERED)).toBe('RECORD');
    expect(decideStep(S.PRINTED, S.PRINTED)).toBe('ALREADY_RECORDED');
    expect(decideStep(S.DELIVERED, S.PRINTED)).toBe('ALREADY_RECORDED');
    expect(decideStep(S.ORDERED, S.OUT_FOR_DELIVERY)).toBe('OUT_OF_ORDER');
    expect(decideStep(S.ORDERED, S.DELIVERED)).toBe('OUT_OF_ORDER');
    expect(decideStep(S.AWAITING_PAYMENT, S.PRINTED)).toBe('OUT_OF_ORDER');
    expect(decideStep(S.CANCELLED, S.PRINTED)).toBe('OUT_OF_ORDER');
  });

  it('gives the development button the next step, and none before payment or after delivery', () => {
    expect(nextStep(S.ORDERED)).toBe(S.PRINTED);
    expect(nextStep(S.OUT_FOR_DELIVERY)).toBe(S.DELIVERED);
    expect(nextStep(S.DELIVERED)).toBeNull();
    expect(nextStep(S.AWAITING_PAYMENT)).toBeNull();
  });
});
