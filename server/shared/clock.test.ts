import { describe, expect, it } from 'vitest';
import { ageOn, ManualClock, MINUTE, riyadhDate } from './clock';

describe('ageOn', () => {
  it('counts whole years, turning a year older on the birthday itself', () => {
    expect(ageOn('2009-11-25', '2026-11-25')).toBe(17);
    expect(ageOn('2009-11-26', '2026-11-25')).toBe(16);
    expect(ageOn('2009-12-01', '2026-11-30')).toBe(16);
    expect(ageOn('1985-03-12', '2026-11-25')).toBe(41);
  });

  it('makes a 29 February child a year older on 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2025-02-28')).toBe(16);
    expect(ageOn('2008-02-29', '2025-03-01')).toBe(17);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('is 0 on the day of birth', () => {
    expect(ageOn('2026-11-25', '2026-11-25')).toBe(0);
  });
});

describe('riyadhDate', () => {
  it('is the calendar day in UTC+3', () => {
    expect(riyadhDate(new Date('2026-11-25T20:59:59Z'))).toBe('2026-11-25');
    expect(riyadhDate(new Date('2026-11-25T21:00:00Z'))).toBe('2026-11-26');
    expect(riyadhDate(new Date('2026-12-31T22:00:00Z'))).toBe('2027-01-01');
  });
});

describe('ManualClock', () => {
  it('moves forward only when told', () => {
    const clock = new ManualClock();
    const before = clock.now().getTime();
    clock.advance(5 * MINUTE);
    expect(clock.now().getTime() - before).toBeGreaterThanOrEqual(5 * MINUTE);
    expect(clock.now().getTime() - before).toBeLessThan(5 * MINUTE + 5_000);
  });
});
