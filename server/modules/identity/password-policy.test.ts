import { dictionary } from '@zxcvbn-ts/language-common';
import { describe, expect, it } from 'vitest';
import { checkPassword, levenshtein, longestCommonRun, parseEmail, PASSWORD_MAX, USERNAME_PATTERN } from './password-policy';

const person = { username: 'mohammed.q', nationalId: '1000000008', email: 'mohammed@example.sa' };
const GOOD = 'Desert rose at dawn 1447';

describe('levenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('abc', '')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
  });
  it('is symmetric', () => {
    expect(levenshtein('mohammed.q', 'mohammed2026')).toBe(levenshtein('mohammed2026', 'mohammed.q'));
  });
});

describe('longestCommonRun', () => {
  it('is the longest substring the two share', () => {
    expect(longestCommonRun('abcdef', 'zcdez')).toBe(3);
    expect(longestCommonRun('abc', 'xyz')).toBe(0);
    expect(longestCommonRun('xx1000000008yy', '1000000008')).toBe(10);
    expect(longestCommonRun('', 'abc')).toBe(0);
  });
});

describe('checkPassword (SPEC §2)', () => {
  it('accepts a passphrase unrelated to the person', () => {
    expect(checkPassword(GOOD, person)).toBeNull();
  });

  it('needs at least 8 characters', () => {
    expect(checkPassword('Dx7#qL2', person)).toBe('PASSWORD_TOO_SHORT');
    expect(checkPassword('Dx7#qL2!', person)).toBeNull();
  });

  it('always accepts 64 characters and refuses more than 128', () => {
    const sixtyFour = 'correct horse battery staple and a long quiet walk to the sea 64';
    expect(sixtyFour).toHaveLength(64);
    expect(checkPassword(sixtyFour, person)).toBeNull();
    const long = 'Qz7!'.repeat(32);
    expect(checkPassword(long, person)).toBeNull();
    expect(checkPassword(`${long}x`, person)).toBe('PASSWORD_TOO_LONG');
    expect(PASSWORD_MAX).toBe(128);
  });

  it('counts the maximum in characters, not bytes or UTF-16 units', () => {
    // 128 Arabic letters are 256 bytes in UTF-8; 128 emoji are 256 UTF-16 units and 512 bytes.
    const arabic = 'كلمةسرطويلة'.repeat(12).slice(0, 128);
    expect([...arabic]).toHaveLength(128);
    expect(Buffer.byteLength(arabic)).toBeGreaterThan(128);
    expect(checkPassword(arabic, person)).toBeNull();
    const emoji = '🐪🌴🌙🏜️'.replace('\ufe0f', '');
    const pass128 = [...emoji.repeat(32)].slice(0, 128).join('');
    expect([...pass128]).toHaveLength(128);
    expect(pass128.length).toBe(256);
    expect(checkPassword(pass128, person)).toBeNull();
    expect(checkPassword(`${pass128}🐪`, person)).toBe('PASSWORD_TOO_LONG');
  });

  it('counts the minimum in characters too: 8 emoji are enough, 7 are not', () => {
    expect(checkPassword('🐪🌴🌙🐪🌴🌙🐪🌴', person)).toBeNull();
    expect(checkPassword('🐪🌴🌙🐪🌴🌙🐪', person)).toBe('PASSWORD_TOO_SHORT');
  });

  it('ships a list of at least 10,000 common and breached passwords and refuses them in any case', () => {
    expect((dictionary['passwords-common'] as string[]).length).toBeGreaterThanOrEqual(10_000);
    for (const common of ['password', '12345678', 'qwertyuiop', 'iloveyou', 'PASSWORD', 'Password1']) {
      expect(checkPassword(common, person), common).toBe('PASSWORD_TOO_COMMON');
    }
  });

  it('refuses a password equal to or close to the user name', () => {
    expect(checkPassword('mohammed.q', person)).toBe('PASSWORD_TOO_SIMILAR');
    expect(checkPassword('Mohammed.Q2026', person)).toBe('PASSWORD_TOO_SIMILAR');
  });

  it('refuses a password holding the ID number as a long run', () => {
    expect(checkPassword('1000000008', person)).toBe('PASSWORD_TOO_SIMILAR');
    expect(checkPassword('my1000000008!', person)).toBe('PASSWORD_TOO_SIMILAR');
  });

  it('refuses a password close to the e-mail or its local part', () => {
    expect(checkPassword('mohammed@example.sa', person)).toBe('PASSWORD_TOO_SIMILAR');
    expect(checkPassword('mohammed@exampl', person)).toBe('PASSWORD_TOO_SIMILAR');
  });

  it('allows a short shared run when the rest of a long password differs', () => {
    expect(checkPassword('a long walk with mohammed by the sea', person)).toBeNull();
  });

  it('does not fold case or trim what it accepts (the caller stores the password as typed)', () => {
    expect(checkPassword('  Desert Rose At Dawn 1447  ', person)).toBeNull();
  });
});

describe('USERNAME_PATTERN', () => {
  it.each(['abcd', 'mohammed.q', 'A_b-c.9', 'a'.repeat(20)])('accepts %j', (name) => {
    expect(USERNAME_PATTERN.test(name)).toBe(true);
  });
  it.each(['abc', 'a'.repeat(21), '1abc', '_abc', 'محمد', 'abc def', 'abc@d', ''])('refuses %j', (name) => {
    expect(USERNAME_PATTERN.test(name)).toBe(false);
  });
});

describe('parseEmail', () => {
  it('trims and lower-cases', () => {
    expect(parseEmail('  Mohammed@Example.SA ')).toBe('mohammed@example.sa');
  });
  it.each(['mohammed', 'a@b', '@example.sa', 'a b@example.sa', 'a@exa mple.sa', 'a@-example.sa', `${'a'.repeat(65)}@example.sa`])('refuses %j', (email) => {
    expect(parseEmail(email)).toBeNull();
  });
});
