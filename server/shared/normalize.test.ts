import { describe, expect, it } from 'vitest';
import { luhnValid, maskMobile, maskNationalId, normalizeDigits, parseMobile, parseNationalId, withCheckDigit } from './normalize';

describe('normalizeDigits', () => {
  it('turns Arabic-Indic and Eastern Arabic-Indic digits into ASCII', () => {
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('drops surrounding and inner spaces, dashes and direction marks', () => {
    expect(normalizeDigits('  ١٠٠ ٠٠٠-٠٠٠٨ ')).toBe('1000000008');
    expect(normalizeDigits('\u200f05 0000 0001\u200e')).toBe('0500000001');
  });

  it('leaves other characters alone', () => {
    expect(normalizeDigits('abc')).toBe('abc');
  });
});

describe('national ID rule (SPEC §1)', () => {
  it('accepts the examples of the specification', () => {
    expect(parseNationalId('1000000008')).toBe('1000000008');
    expect(parseNationalId('2000000006')).toBe('2000000006');
  });

  it('refuses a number whose Luhn check fails', () => {
    expect(luhnValid('1000000000')).toBe(false);
    expect(parseNationalId('1000000000')).toBeNull();
    expect(parseNationalId('1000000009')).toBeNull();
  });

  it('refuses a Luhn-valid number that does not start with 1 or 2', () => {
    for (const first of ['0', '3', '9']) {
      const id = withCheckDigit(`${first}00000000`);
      expect(luhnValid(id)).toBe(true);
      expect(parseNationalId(id)).toBeNull();
    }
  });

  it('refuses 9 and 11 digits and anything not a digit', () => {
    expect(parseNationalId('100000008')).toBeNull();
    expect(parseNationalId(withCheckDigit('1000000000'))).toBeNull();
    expect(parseNationalId('10000000O8')).toBeNull();
    expect(parseNationalId('')).toBeNull();
  });

  it('accepts Arabic-Indic digits and spaces around them', () => {
    expect(parseNationalId(' ١٠٠٠٠٠٠٠٠٨ ')).toBe('1000000008');
    expect(parseNationalId('۲۰۰۰۰۰۰۰۰۶')).toBe('2000000006');
  });

  it('completes nine digits into a valid ID with withCheckDigit', () => {
    for (const first9 of ['100000000', '200000001', '123456789']) {
      const id = withCheckDigit(first9);
      expect(id.slice(0, 9)).toBe(first9);
      expect(parseNationalId(id)).toBe(id);
    }
  });

  it('luhnValid agrees with the textbook example', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
  });
});

describe('mobile rule (SPEC §1)', () => {
  it.each(['0512345678', '512345678', '966512345678', '+966512345678', '00966512345678', '٠٥١٢٣٤٥٦٧٨', '+٩٦٦٥١٢٣٤٥٦٧٨', ' 051 234 5678 ', '051-234-5678'])('stores %j as +966512345678', (input) => {
    expect(parseMobile(input)).toBe('+966512345678');
  });

  it.each(['0412345678', '051234567', '05123456789', '+971512345678', '+0512345678', '96605123456', 'abcdefghij', '', '+966 4 123 4567'])('refuses %j', (input) => {
    expect(parseMobile(input)).toBeNull();
  });

  it('masks all but the last two digits', () => {
    expect(maskMobile('+966512345678')).toBe('+966 5• ••• ••78');
    expect(maskMobile('+966512345678')).not.toContain('123456');
  });
});

describe('maskNationalId', () => {
  it('keeps the first digit and the last two only', () => {
    expect(maskNationalId('1000000008')).toBe('1•••••••08');
    expect(maskNationalId('2123456786')).not.toContain('234567');
  });
});
