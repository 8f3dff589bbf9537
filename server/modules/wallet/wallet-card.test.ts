import { describe, expect, it } from 'vitest';
import { hijriDate } from '../../shared/dates';
import { Sealer } from '../../shared/sealed';
import { decodeReference, encodeReference, sameCard } from './wallet-card';

describe('wallet card reference (sealed into jti)', () => {
  it('names a document or a vehicle registration with its owner and date of issue, and nothing of another shape', () => {
    const doc = { kind: 'document', documentId: '0b5f2a4e-9a43-4c1e-8f37-2d6a1c9e7b10', issuedOn: '2026-01-01' } as const;
    const car = { kind: 'vehicle', plate: 'ABC1234', ownerId: '1000000008', issuedOn: '2025-02-03' } as const;
    const undated = { kind: 'vehicle', plate: 'ABC1234', ownerId: '1000000008', issuedOn: null } as const;
    for (const ref of [doc, car, undated]) expect(decodeReference(encodeReference(ref))).toEqual(ref);
    for (const junk of [
      '',
      'D:',
      'D:not-a-uuid:2026-01-01',
      `D:${doc.documentId}`,
      `D:${doc.documentId}:2026-1-1`,
      'V:ABC1234:1000000008',
      'V:abc1234:1000000008:-',
      'V:ABC1234:100000000:-',
      'X:ABC1234:1000000008:-',
      '1000000008',
    ]) {
      expect(decodeReference(junk)).toBeNull();
    }
  });

  it('is the card in force only with the same row, date of issue and (for a vehicle) owner', () => {
    const doc = { kind: 'document', documentId: '0b5f2a4e-9a43-4c1e-8f37-2d6a1c9e7b10', issuedOn: '2026-01-01' } as const;
    const car = { kind: 'vehicle', plate: 'ABC1234', ownerId: '1000000008', issuedOn: '2025-02-03' } as const;
    expect(sameCard(doc, { ...doc })).toBe(true);
    expect(sameCard(doc, { ...doc, issuedOn: '2026-01-02' })).toBe(false);
    expect(sameCard(car, { ...car })).toBe(true);
    expect(sameCard(car, { ...car, ownerId: '1000000040' })).toBe(false);
    expect(sameCard(car, { ...car, issuedOn: null })).toBe(false);
    expect(sameCard(doc, car)).toBe(false);
  });

  it("opens only under the wallet's purpose: a digital ID's jti is not a card's", () => {
    const secret = 'test-secret-one-0123456789-0123456789';
    const sealed = new Sealer([secret], 'wallet-card').sealValue('V:ABC1234:1000000008');
    expect(new Sealer([secret], 'wallet-card').openValue(sealed)).toBe('V:ABC1234:1000000008');
    expect(new Sealer([secret], 'digital-id').openValue(sealed)).toBeNull();
    expect(new Sealer([secret], 'wallet-card').openValue(new Sealer([secret], 'digital-id').sealValue('1000000008'))).toBeNull();
  });
});

describe('Hijri dates on a card', () => {
  it('are the Umm al-Qura day, YYYY-MM-DD in Latin digits, across a month and a year boundary', () => {
    expect(hijriDate('2026-12-04')).toBe('1448-06-24');
    // 1 Muharram 1448 (Umm al-Qura) is 2026-06-16: the day before is still 1447.
    expect(hijriDate('2026-06-16')).toBe('1448-01-01');
    expect(hijriDate('2026-06-15')).toBe('1447-12-29');
  });
});
