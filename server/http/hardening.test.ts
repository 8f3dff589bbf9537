import { describe, expect, it } from 'vitest';
import { documentOverLimit, GRAPHQL_LIMITS } from './hardening';

describe('documentOverLimit', () => {
  it('passes ordinary documents, and leaves syntax errors to the parser', () => {
    expect(documentOverLimit('query Me { me { id username } }')).toBeNull();
    expect(documentOverLimit('{ me { ')).toBeNull();
  });

  it('counts tokens, not characters: comments and commas are free', () => {
    expect(documentOverLimit(`{ ${'a '.repeat(GRAPHQL_LIMITS.tokens - 2)}}`)).toBeNull();
    expect(documentOverLimit(`{ ${'a '.repeat(GRAPHQL_LIMITS.tokens - 1)}}`)).toBe('TOO_MANY_TOKENS');
    expect(documentOverLimit(`# ${'x'.repeat(5000)}\n{ a, b, c }`)).toBeNull();
  });

  it('refuses text over the size limit before lexing it', () => {
    expect(documentOverLimit(' '.repeat(GRAPHQL_LIMITS.documentChars))).toBeNull();
    expect(documentOverLimit(' '.repeat(GRAPHQL_LIMITS.documentChars + 1))).toBe('DOCUMENT_TOO_LARGE');
  });
});
