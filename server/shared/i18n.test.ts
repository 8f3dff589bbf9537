import { describe, expect, it } from 'vitest';
import { Language, languageFromHeader, localize, whenPlaceholderUnfilled } from './i18n';

describe('languageFromHeader', () => {
  it('is null without a header or without Arabic or English in it', () => {
    expect(languageFromHeader(undefined)).toBeNull();
    expect(languageFromHeader('')).toBeNull();
    expect(languageFromHeader('fr-FR, de;q=0.8')).toBeNull();
    expect(languageFromHeader('*')).toBeNull();
  });

  it('reads plain and regional tags in any case', () => {
    expect(languageFromHeader('ar')).toBe(Language.AR);
    expect(languageFromHeader('ar-SA')).toBe(Language.AR);
    expect(languageFromHeader('en')).toBe(Language.EN);
    expect(languageFromHeader('EN-gb')).toBe(Language.EN);
  });

  it('follows the order of preference, by q-value then by position', () => {
    expect(languageFromHeader('en-US,ar;q=0.5')).toBe(Language.EN);
    expect(languageFromHeader('ar;q=0.1, en;q=0.9')).toBe(Language.EN);
    expect(languageFromHeader('fr, ar;q=0.8, en;q=0.7')).toBe(Language.AR);
    expect(languageFromHeader('ar, en')).toBe(Language.AR);
  });

  it('ignores languages refused with q=0', () => {
    expect(languageFromHeader('en;q=0, ar;q=0.2')).toBe(Language.AR);
    expect(languageFromHeader('en;q=0')).toBeNull();
  });

  it('does not take a tag that only starts with the same letters', () => {
    expect(languageFromHeader('arn')).toBeNull();
    expect(languageFromHeader('eng-x')).toBeNull();
  });
});

describe('localize', () => {
  const text = { ar: 'بعد {seconds} ثانية', en: 'in {seconds} seconds' };
  it('picks the language and fills placeholders', () => {
    expect(localize(text, Language.AR, { seconds: 42 })).toBe('بعد 42 ثانية');
    expect(localize(text, Language.EN, { seconds: 42 })).toBe('in 42 seconds');
  });
  it('leaves a placeholder without a value visible rather than printing undefined, and reports it', () => {
    const unfilled: string[] = [];
    const before = whenPlaceholderUnfilled((key) => unfilled.push(key));
    try {
      expect(localize(text, Language.EN)).toBe('in {seconds} seconds');
    } finally {
      whenPlaceholderUnfilled(before);
    }
    expect(unfilled).toEqual(['seconds']);
  });
  it('shows seconds as whole minutes, rounded up, where the message asks for minutes', () => {
    const lock = { ar: 'بعد {retryAfter:minutes} دقيقة', en: 'in {retryAfter:minutes} minutes ({retryAfter} s)' };
    expect(localize(lock, Language.EN, { retryAfter: 900 })).toBe('in 15 minutes (900 s)');
    expect(localize(lock, Language.EN, { retryAfter: 61 })).toBe('in 2 minutes (61 s)');
    expect(localize(lock, Language.AR, { retryAfter: 5 })).toBe('بعد 1 دقيقة');
    expect(() => localize({ ar: '{a:weeks}', en: '{a:weeks}' }, Language.EN, { a: 1 })).toThrow(/unknown placeholder format weeks/);
  });
});
