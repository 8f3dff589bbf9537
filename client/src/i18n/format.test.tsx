import { describe, expect, it } from 'vitest';
import { formatSar } from './format';

describe('formatSar', () => {
  it('writes every amount as Intl.NumberFormat does in Latin digits, in both languages', () => {
    const intl = (lang: 'ar' | 'en', halalas: number) =>
      new Intl.NumberFormat(lang === 'ar' ? 'ar-SA' : 'en-SA', { numberingSystem: 'latn', style: 'currency', currency: 'SAR' }).format(halalas / 100);
    const amounts = [0, 1, 5, 50, 99, 100, 1050, 4000, 12345, 99999, 100000, 123456789, 100000000000, -1, -1250, -123456];
    for (const halalas of amounts) {
      expect(formatSar(halalas, 'ar'), `${halalas} ar`).toBe(intl('ar', halalas));
      expect(formatSar(halalas, 'en'), `${halalas} en`).toBe(intl('en', halalas));
    }
    expect(formatSar(123456, 'en')).toBe('SAR\u00a01,234.56');
  });
});
