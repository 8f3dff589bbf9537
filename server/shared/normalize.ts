/**
 * Normalisation of what people type: Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits
 * become ASCII, surrounding and inner spaces are dropped. Applied to IDs, mobiles and codes.
 */
export function normalizeDigits(input: string): string {
  return input
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[\s\u200e\u200f\u061c-]/g, '');
}

/** Luhn check over every digit (the last one is the check digit). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The normalised national ID / iqama number, or null when it breaks the ID rule (SPEC §1). */
export function parseNationalId(input: string): string | null {
  const id = normalizeDigits(input);
  return /^[12]\d{9}$/.test(id) && luhnValid(id) ? id : null;
}

/** The Luhn check digit that completes nine leading digits into a valid ID. */
export function withCheckDigit(first9: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(first9 + d)) return first9 + d;
  throw new Error('unreachable: one of ten digits always completes a Luhn number');
}

/** A Saudi mobile in E.164 (`+9665XXXXXXXX`), or null when it is not one. */
export function parseMobile(input: string): string | null {
  const m = normalizeDigits(input).replace(/^00/, '+');
  const match = /^(?:\+?966|0)?(5\d{8})$/.exec(m);
  return match ? `+966${match[1]}` : null;
}

/** `+966 5• ••• ••67`: enough for a person to recognise their number, not enough to harvest it. */
export function maskMobile(e164: string): string {
  return `+966 5• ••• ••${e164.slice(-2)}`;
}

/** `1•••••••08`: for logs and audit lines, which must never hold a full ID. */
export function maskNationalId(id: string): string {
  return `${id[0]}•••••••${id.slice(-2)}`;
}
