import { describe, expect, it } from 'vitest';
import { CALLBACK_MAX_AGE_SECONDS, signCallback, verifyCallback } from './signed-callback';

describe('signed partner callbacks', () => {
  const body = '{"reference":"R-2026-12345678","violationNumber":"2026000004","outcome":"UPHELD"}';
  const at = new Date('2026-12-04T12:00:00Z');
  const seconds = at.getTime() / 1000;
  const signed = (secret: string, timestamp: number) => [String(timestamp), `sha256=${signCallback(secret, String(timestamp), body)}`] as const;
  const KEY = 'current-key-0123456789abcdef0123456789';
  const OLD = 'previous-key-0123456789abcdef012345678';

  it('accepts a signature up to 300 seconds old or ahead, and refuses one a second beyond', () => {
    expect(CALLBACK_MAX_AGE_SECONDS).toBe(300);
    expect(verifyCallback([KEY], at, body, ...signed(KEY, seconds - 300))).toBe(true);
    expect(verifyCallback([KEY], at, body, ...signed(KEY, seconds + 300))).toBe(true);
    expect(verifyCallback([KEY], at, body, ...signed(KEY, seconds - 301))).toBe(false);
    expect(verifyCallback([KEY], at, body, ...signed(KEY, seconds + 301))).toBe(false);
  });

  it('every key of the list verifies; any other key, another body, or no keys at all does not', () => {
    expect(verifyCallback([KEY, OLD], at, body, ...signed(OLD, seconds))).toBe(true);
    expect(verifyCallback([KEY], at, body, ...signed(OLD, seconds))).toBe(false);
    expect(verifyCallback([KEY], at, `${body} `, ...signed(KEY, seconds))).toBe(false);
    expect(verifyCallback([], at, body, ...signed(KEY, seconds))).toBe(false);
  });

  it('refuses a missing or odd timestamp or signature', () => {
    const [timestamp, signature] = signed(KEY, seconds);
    expect(verifyCallback([KEY], at, body, undefined, signature)).toBe(false);
    expect(verifyCallback([KEY], at, body, timestamp, undefined)).toBe(false);
    expect(verifyCallback([KEY], at, body, `${timestamp}.5`, signature)).toBe(false);
    expect(verifyCallback([KEY], at, body, timestamp, signature.slice(7))).toBe(false);
    expect(verifyCallback([KEY], at, body, timestamp, signature.toUpperCase())).toBe(false);
  });
});
