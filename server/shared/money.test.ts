import { describe, expect, it } from 'vitest';
import { Language } from './i18n';
import { money, riyals } from './money';

describe('money', () => {
  it('formats halalas as riyals without floating point', () => {
    expect(riyals(0)).toBe('0.00');
    expect(riyals(5)).toBe('0.05');
    expect(riyals(15_050)).toBe('150.50');
    expect(riyals(123_456_789)).toBe('1,234,567.89');
  });
  it('speaks the caller’s language', () => {
    expect(money(30_000, Language.EN)).toEqual({ halalas: 30_000, formatted: 'SAR 300.00' });
    expect(money(30_000, Language.AR)).toEqual({ halalas: 30_000, formatted: '300.00 ر.س' });
  });
});
