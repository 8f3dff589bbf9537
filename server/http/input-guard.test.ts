import { describe, expect, it } from 'vitest';
import { containsNul } from './input-guard';

describe('containsNul', () => {
  it('finds U+0000 at any depth of a variables value', () => {
    expect(containsNul({ input: { a: ['x', { b: 'y\u0000z' }] } })).toBe(true);
    expect(containsNul('\u0000')).toBe(true);
  });
  it('passes everything else, including other control characters and non-strings', () => {
    expect(containsNul({ input: { a: ['x\u0001', 1, null, true, { b: 'ﷺ' }] } })).toBe(false);
    expect(containsNul(undefined)).toBe(false);
  });
});
