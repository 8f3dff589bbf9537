import { describe, expect, it } from 'vitest';
import { wantsGraphQLResponseJson } from './graphql-over-http';

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
