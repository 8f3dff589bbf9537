import { describe, expect, it } from 'vitest';
import { searchOf } from './graphql-route';

describe('the GraphQL route', () => {
  it('reads the query string as a URL does, and none where there is no question mark', () => {
    const urls = ['/graphql', '/graphql?', '/graphql?query=%7B__typename%7D', '/graphql?query={ me { username } }&operationName=x', '/graphql?a=1&a=2#frag', "/graphql?q='x'"];
    for (const url of urls) expect(searchOf(url)).toBe(new URL(url, 'https://api.example.sa/').search);
    expect(searchOf('/graphql')).toBe('');
    expect(new URLSearchParams(searchOf('/graphql?query=%7B__typename%7D')).get('query')).toBe('{__typename}');
  });
});
