import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/dates';
import { DocumentStatus, documentInForce, documentStatusOn, EXPIRING_WITHIN_DAYS } from './document-status';

const TODAY = '2026-12-04';

describe('a document’s status on a day', () => {
  it('is VALID beyond 90 days from expiry, EXPIRING from 90 days to the expiry day itself, EXPIRED the day after', () => {
    expect(EXPIRING_WITHIN_DAYS).toBe(90);
    expect(documentStatusOn(DocumentStatus.VALID, addDays(TODAY, 91), TODAY)).toBe(DocumentStatus.VALID);
    expect(documentStatusOn(DocumentStatus.VALID, addDays(TODAY, 90), TODAY)).toBe(DocumentStatus.EXPIRING);
    expect(documentStatusOn(DocumentStatus.VALID, TODAY, TODAY)).toBe(DocumentStatus.EXPIRING);
    expect(documentStatusOn(DocumentStatus.VALID, addDays(TODAY, -1), TODAY)).toBe(DocumentStatus.EXPIRED);
  });

  it('is what the registry recorded when an event ended it, whatever its dates', () => {
    for (const recorded of [DocumentStatus.LOST, DocumentStatus.REPLACED, DocumentStatus.CANCELLED] as const) {
      expect(documentStatusOn(recorded, addDays(TODAY, 400), TODAY)).toBe(recorded);
      expect(documentStatusOn(recorded, addDays(TODAY, -400), TODAY)).toBe(recorded);
      expect(documentInForce(recorded, addDays(TODAY, 400), TODAY)).toBe(false);
    }
  });

  it('is in force while VALID or EXPIRING, up to and including its expiry day', () => {
    expect(documentInForce(DocumentStatus.VALID, TODAY, TODAY)).toBe(true);
    expect(documentInForce(DocumentStatus.VALID, addDays(TODAY, 200), TODAY)).toBe(true);
    expect(documentInForce(DocumentStatus.VALID, addDays(TODAY, -1), TODAY)).toBe(false);
  });
});
