import { describe, expect, it } from 'vitest';
import { dailySlotMinutes, isSlotStart, listingWindow, MAX_LISTING_DAYS, slotProblem, slotStartsBetween } from './schedule';

const SUN_TO_THU = { opensAt: '08:00', closesAt: '10:00', slotMinutes: 30, workingDays: [0, 1, 2, 3, 4] };
const DAY = 86_400_000;

describe('office schedule', () => {
  it('cuts the working hours into whole slots', () => {
    expect(dailySlotMinutes(SUN_TO_THU)).toEqual([480, 510, 540, 570]);
    expect(dailySlotMinutes({ ...SUN_TO_THU, closesAt: '09:45' })).toEqual([480, 510, 540]);
    expect(dailySlotMinutes({ ...SUN_TO_THU, slotMinutes: 0 })).toEqual([]);
  });

  it('lists slot starts in Riyadh time on working days only', () => {
    // 2026-11-26 is a Thursday, 2026-11-27 a Friday, 2026-11-29 a Sunday.
    const starts = slotStartsBetween(SUN_TO_THU, new Date('2026-11-26T00:00:00Z'), new Date('2026-11-30T00:00:00Z'));
    expect(starts.map((d) => d.toISOString())).toEqual([
      '2026-11-26T05:00:00.000Z',
      '2026-11-26T05:30:00.000Z',
      '2026-11-26T06:00:00.000Z',
      '2026-11-26T06:30:00.000Z',
      '2026-11-29T05:00:00.000Z',
      '2026-11-29T05:30:00.000Z',
      '2026-11-29T06:00:00.000Z',
      '2026-11-29T06:30:00.000Z',
    ]);
  });

  it('finds the local day correctly just before and after local midnight', () => {
    // 21:30 UTC on Saturday is 00:30 on Sunday in Riyadh: Sunday's slots follow.
    const starts = slotStartsBetween(SUN_TO_THU, new Date('2026-11-28T21:30:00Z'), new Date('2026-11-29T05:31:00Z'));
    expect(starts.map((d) => d.toISOString())).toEqual(['2026-11-29T05:00:00.000Z', '2026-11-29T05:30:00.000Z']);
  });

  it('knows a slot start from any other instant', () => {
    expect(isSlotStart(SUN_TO_THU, new Date('2026-11-29T05:30:00Z'))).toBe(true);
    expect(isSlotStart(SUN_TO_THU, new Date('2026-11-29T05:31:00Z'))).toBe(false);
    expect(isSlotStart(SUN_TO_THU, new Date('2026-11-29T05:30:00.001Z'))).toBe(false);
    expect(isSlotStart(SUN_TO_THU, new Date('2026-11-29T07:00:00Z'))).toBe(false); // 10:00 local: closing time
    expect(isSlotStart(SUN_TO_THU, new Date('2026-11-27T05:00:00Z'))).toBe(false); // Friday
  });

  it('says why a time cannot be booked', () => {
    const now = new Date('2026-11-26T05:10:00Z');
    expect(slotProblem(SUN_TO_THU, new Date('2026-11-26T05:30:00Z'), now)).toBeNull();
    expect(slotProblem(SUN_TO_THU, new Date('2026-11-26T05:00:00Z'), now)).toBe('IN_THE_PAST');
    expect(slotProblem(SUN_TO_THU, new Date('2026-11-26T05:15:00Z'), now)).toBe('NOT_A_SLOT');
    expect(slotProblem(SUN_TO_THU, new Date(Date.parse('2026-11-26T05:30:00Z') + 63 * DAY), now)).toBe('TOO_FAR_AHEAD');
  });

  it('bounds the listing window', () => {
    const now = new Date('2026-11-26T05:10:00Z');
    const past = listingWindow(now, new Date('2026-01-01T00:00:00Z'), new Date('2026-11-27T00:00:00Z'));
    expect(past.from.getTime()).toBe(now.getTime() + 1);
    expect(past.to.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    const long = listingWindow(now, null, null);
    expect(long.to.getTime() - long.from.getTime()).toBe(MAX_LISTING_DAYS * DAY);
    const backwards = listingWindow(now, new Date('2026-12-10T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    expect(backwards.to.getTime()).toBe(backwards.from.getTime());
  });
});
