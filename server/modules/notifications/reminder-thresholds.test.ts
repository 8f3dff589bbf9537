import { describe, expect, it } from 'vitest';
import { dueThreshold } from './reminder-thresholds';

describe('expiry reminder thresholds', () => {
  it('is the nearest threshold reached, none before 30 days or after expiry', () => {
    expect(dueThreshold(31)).toBeNull();
    expect(dueThreshold(30)).toBe(30);
    expect(dueThreshold(8)).toBe(30);
    expect(dueThreshold(7)).toBe(7);
    expect(dueThreshold(1)).toBe(7);
    expect(dueThreshold(0)).toBe(7);
    expect(dueThreshold(-1)).toBeNull();
  });
});
