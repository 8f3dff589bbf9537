import { describe, expect, it } from 'vitest';
import { decodeCursor, decodeIdCursor, encodeCursor, MAX_PAGE_SIZE, pageSize } from './pagination';

describe('cursors', () => {
  it('round-trips positions and refuses what this server did not make', () => {
    expect(decodeCursor(encodeCursor('2026-01-01|42'))).toBe('2026-01-01|42');
    expect(decodeIdCursor(encodeCursor(42))).toBe(42);
    expect(decodeIdCursor(encodeCursor('x42'))).toBeNull();
    expect(decodeIdCursor('not a cursor!')).toBeNull();
    expect(decodeIdCursor(null)).toBeNull();
    expect(decodeIdCursor('')).toBeNull();
  });

  it('keeps page sizes between 1 and the maximum', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null, 5)).toBe(5);
    expect(pageSize(0)).toBe(1);
    expect(pageSize(-3)).toBe(1);
    expect(pageSize(1000)).toBe(MAX_PAGE_SIZE);
    expect(pageSize(7.9)).toBe(7);
  });
});
