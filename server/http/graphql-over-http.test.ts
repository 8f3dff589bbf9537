import { describe, expect, it } from 'vitest';
import { requestErrorStatus, wantsGraphQLResponseJson } from './graphql-over-http';

describe('wantsGraphQLResponseJson', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['*/*', false],
    ['application/json', false],
    ['application/graphql-response+json', true],
    ['application/graphql-response+json, application/json', true],
    ['application/json, application/graphql-response+json', false],
    ['application/json;q=0.9, application/graphql-response+json', true],
    ['application/graphql-response+json;q=0.5, application/json', false],
    ['application/graphql-response+json;q=0, application/json', false],
  ])('%s → %s', (accept, expected) => {
    expect(wantsGraphQLResponseJson(accept)).toBe(expected);
  });
});

describe('requestErrorStatus', () => {
  it.each([
    [['UNAUTHENTICATED'], 401],
    [['FORBIDDEN'], 403],
    [['RATE_LIMITED'], 429],
    [['BAD_USER_INPUT'], 400],
    [['GRAPHQL_PARSE_FAILED'], 400],
    [['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED'], 400],
  ])('%s → %i under application/graphql-response+json, 200 under application/json', (codes, status) => {
    expect(requestErrorStatus(codes, true)).toBe(status);
    expect(requestErrorStatus(codes, false)).toBe(200);
  });

  it('leaves anything else to Apollo: unknown or internal codes, no errors', () => {
    for (const codes of [[], ['INTERNAL_SERVER_ERROR'], ['UNAUTHENTICATED', 'INTERNAL_SERVER_ERROR'], [undefined]]) {
      expect(requestErrorStatus(codes, true)).toBeNull();
      expect(requestErrorStatus(codes, false)).toBeNull();
    }
  });
});
