import { describe, expect, it } from 'vitest';
import { Sealer } from '../../shared/sealed';
import { nationalIdMatches, readClaims } from './digital-id-claims';

const SECRET = 'test-secret-one-0123456789-0123456789';

describe('digital ID reference (the national ID sealed into jti)', () => {
  it('is short, unreadable, different every time, and opens back to the number', () => {
    const sealer = new Sealer([SECRET], 'digital-id');
    const one = sealer.sealValue('1000000008');
    const two = sealer.sealValue('1000000008');
    expect(one).toHaveLength(51);
    expect(one).not.toBe(two);
    expect(one).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(one, 'base64url').toString('latin1')).not.toContain('1000000008');
    expect(sealer.openValue(one)).toBe('1000000008');
    expect(sealer.openValue(two)).toBe('1000000008');
  });

  it('opens under a rotated list, and never under another secret or purpose, or once altered', () => {
    const sealed = new Sealer([SECRET], 'digital-id').sealValue('2000000006');
    expect(new Sealer(['new-secret-0123456789-0123456789-012', SECRET], 'digital-id').openValue(sealed)).toBe('2000000006');
    expect(new Sealer(['new-secret-0123456789-0123456789-012'], 'digital-id').openValue(sealed)).toBeNull();
    expect(new Sealer([SECRET], 'captcha-audio').openValue(sealed)).toBeNull();
    const flipped = `${sealed.slice(0, 20)}${sealed[20] === 'A' ? 'B' : 'A'}${sealed.slice(21)}`;
    expect(new Sealer([SECRET], 'digital-id').openValue(flipped)).toBeNull();
    for (const junk of ['', 'abc', '!!!!', 'x'.repeat(51)]) expect(new Sealer([SECRET], 'digital-id').openValue(junk)).toBeNull();
  });
});

describe('digital ID claims', () => {
  it('read back only a reference of a sensible size', () => {
    expect(readClaims({ jti: 'abc', iss: 'x' })).toEqual({ jti: 'abc' });
    expect(readClaims({})).toBeNull();
    expect(readClaims({ jti: 5 })).toBeNull();
    expect(readClaims({ jti: '' })).toBeNull();
    expect(readClaims({ jti: 'x'.repeat(129) })).toBeNull();
  });

  it("confirm a typed number only when it is the holder's, Arabic-Indic digits and spaces included", () => {
    expect(nationalIdMatches('1000000008', '1000000008')).toBe(true);
    expect(nationalIdMatches('1000000008', '١٠٠٠ ٠٠٠ ٠٠٨')).toBe(true);
    expect(nationalIdMatches('1000000008', '1000000016')).toBe(false);
    expect(nationalIdMatches('1000000008', '100000000')).toBe(false);
    expect(nationalIdMatches('1000000008', '')).toBe(false);
  });
});
