/**
 * When an office's slots are: pure functions of its weekly schedule, so the list offered to people
 * and the check of a booked time can never disagree. Times are in the Kingdom (UTC+3, no daylight
 * saving), instants are UTC `Date`s.
 */
export interface OfficeSchedule {
  /** HH:MM, local. */
  opensAt: string;
  /** HH:MM, local; the last slot ends at or before it. */
  closesAt: string;
  slotMinutes: number;
  /** 0 = Sunday … 6 = Saturday. */
  workingDays: readonly number[];
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const RIYADH_OFFSET = 3 * 60 * MINUTE;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** Minutes after local midnight at which slots start. */
export function dailySlotMinutes(schedule: OfficeSchedule): number[] {
  const open = minutesOf(schedule.opensAt);
  const close = minutesOf(schedule.closesAt);
  const starts: number[] = [];
  if (schedule.slotMinutes <= 0) return starts;
  for (let m = open; m + schedule.slotMinutes <= close; m += schedule.slotMinutes) starts.push(m);
  return starts;
}

/** Every slot start with `from <= start < to`, in order. */
export function slotStartsBetween(schedule: OfficeSchedule, from: Date, to: Date): Date[] {
  const daily = dailySlotMinutes(schedule);
  const starts: Date[] = [];
  // Local midnight of the local day `from` falls on, as a UTC instant.
  let midnight = Math.floor((from.getTime() + RIYADH_OFFSET) / DAY) * DAY - RIYADH_OFFSET;
  for (; midnight < to.getTime(); midnight += DAY) {
    const weekday = new Date(midnight + RIYADH_OFFSET).getUTCDay();
    if (!schedule.workingDays.includes(weekday)) continue;
    for (const m of daily) {
      const t = midnight + m * MINUTE;
      if (t >= from.getTime() && t < to.getTime()) starts.push(new Date(t));
    }
  }
  return starts;
}

/** Whether `at` is exactly the start of one of the office's slots. */
export function isSlotStart(schedule: OfficeSchedule, at: Date): boolean {
  if (at.getTime() % MINUTE !== 0) return false;
  return slotStartsBetween(schedule, at, new Date(at.getTime() + 1)).length === 1;
}

/** How far ahead people may book. */
export const BOOKING_HORIZON_DAYS = 60;
/** The longest window one `appointmentSlots` query lists. */
export const MAX_LISTING_DAYS = 14;

export type SlotProblem = 'NOT_A_SLOT' | 'IN_THE_PAST' | 'TOO_FAR_AHEAD';

/** Why `at` cannot be booked now at an office with this schedule, or null when it can. */
export function slotProblem(schedule: OfficeSchedule, at: Date, now: Date): SlotProblem | null {
  if (!isSlotStart(schedule, at)) return 'NOT_A_SLOT';
  if (at.getTime() <= now.getTime()) return 'IN_THE_PAST';
  if (at.getTime() > now.getTime() + BOOKING_HORIZON_DAYS * DAY) return 'TOO_FAR_AHEAD';
  return null;
}

/** The window an `appointmentSlots` query lists: never before now, never longer than the maximum, never past the horizon. */
export function listingWindow(now: Date, from?: Date | null, to?: Date | null): { from: Date; to: Date } {
  const start = new Date(Math.max(now.getTime() + 1, from?.getTime() ?? 0));
  const horizon = now.getTime() + BOOKING_HORIZON_DAYS * DAY + 1;
  const end = Math.min(to?.getTime() ?? Infinity, start.getTime() + MAX_LISTING_DAYS * DAY, horizon);
  return { from: start, to: new Date(Math.max(end, start.getTime())) };
}
