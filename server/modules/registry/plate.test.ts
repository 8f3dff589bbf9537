import { describe, expect, it } from 'vitest';
import { plateInArabic } from './plate';

describe('plateInArabic', () => {
  it('writes each plate letter as its Arabic letter and the digits in Arabic-Indic', () => {
    expect(plateInArabic('KSA2024')).toBe('ك س ا ٢٠٢٤');
    expect(plateInArabic('ABJ1234')).toBe('ا ب ح ١٢٣٤');
    expect(plateInArabic('DRS5678')).toBe('د ر س ٥٦٧٨');
    expect(plateInArabic('XTE9')).toBe('ص ط ع ٩');
    expect(plateInArabic('GKL10')).toBe('ق ك ل ١٠');
    expect(plateInArabic('ZNH305')).toBe('م ن هـ ٣٠٥');
    expect(plateInArabic('UV7')).toBe('و ى ٧');
  });

  it('reads a plate stored digits first the same way', () => {
    expect(plateInArabic('2024KSA')).toBe('ك س ا ٢٠٢٤');
  });

  it('maps the whole alphabet of 17 letters and nothing else', () => {
    const alphabet = 'ABJDRSXTEGKLZNHUV';
    expect([...alphabet].map((l) => plateInArabic(`${l}1`)!.split(' ')[0]).join('')).toBe('ابحدرسصطعقكلمنهـوى');
    const others = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((l) => !alphabet.includes(l));
    expect(others).toEqual(['C', 'F', 'I', 'M', 'O', 'P', 'Q', 'W', 'Y']);
    for (const l of others) expect(plateInArabic(`${l}1`), l).toBeNull();
  });

  it('is null for what is not a Saudi plate', () => {
    expect(plateInArabic('ABC1234')).toBeNull(); // C is no plate letter
    expect(plateInArabic('ABJD123')).toBeNull(); // four letters
    expect(plateInArabic('ABJ12345')).toBeNull(); // five digits
    expect(plateInArabic('1234')).toBeNull();
    expect(plateInArabic('ABJ')).toBeNull();
    expect(plateInArabic('A1B2')).toBeNull();
    expect(plateInArabic('')).toBeNull();
  });
});
