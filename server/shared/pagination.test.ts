import { describe, expect, it } from 'vitest';
import { decodeCursor, decodeIdCursor, encodeCursor, MAX_INT_ID, MAX_PAGE_SIZE, pageSize, parseIntId } from './pagination';

describe('cursors', () => {
  it('round-trips positions and refuses what this server did not make', () => {
    expect(decodeCursor(encodeCursor('2026-01-01|42'))).toBe('2026-01-01|42');
    expect(decodeIdCursor(encodeCursor(42))).toBe(42);
    expect(decodeIdCursor(encodeCursor('x42'))).toBeNull();
    expect(decodeIdCursor('not a cursor!')).toBeNull();
    expect(decodeIdCursor(null)).toBeNull();
    expect(decodeIdCursor('')).toBeNull();
    // Beyond what an integer column holds: PostgreSQL would fail the query, so it is not an id.
    expect(decodeIdCursor(encodeCursor(MAX_INT_ID))).toBe(MAX_INT_ID);
    expect(decodeIdCursor(encodeCursor(MAX_INT_ID + 1))).toBeNull();
  });

  it('parses integer ids from client input', () => {
    expect(parseIntId('42')).toBe(42);
    expect(parseIntId('2147483648')).toBeNull();
    expect(parseIntId('99999999999999')).toBeNull();
    expect(parseIntId('-1')).toBeNull();
    expect(parseIntId('1e3')).toBeNull();
    expect(parseIntId(null)).toBeNull();
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
