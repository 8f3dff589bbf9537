/** Days before expiry at which holders are reminded, most distant first. */
export const REMINDER_THRESHOLDS = [30, 7] as const;
export type ReminderThreshold = (typeof REMINDER_THRESHOLDS)[number];

/**
 * The reminder due for a document with `daysLeft` days to expiry: the nearest threshold it has
 * reached (a document first seen 5 days before expiry gets the 7-day reminder only, not a late
 * 30-day one too), or null when it is further away or already expired.
 */
export function dueThreshold(daysLeft: number): ReminderThreshold | null {
  if (daysLeft < 0) return null;
  let due: ReminderThreshold | null = null;
  for (const t of REMINDER_THRESHOLDS) if (daysLeft <= t) due = t;
  return due;
}
