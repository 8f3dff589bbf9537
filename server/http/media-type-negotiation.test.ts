import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { memoizeMediaTypeNegotiation, unmemoizedMediaTypes } from './media-type-negotiation';

/** The negotiator Apollo Server uses. */
const Negotiator = createRequire(require.resolve('@apollo/server'))('negotiator') as new (request: { headers: { accept?: string } }) => {
  mediaTypes(available?: string[]): string[];
  mediaType(available?: string[]): string | undefined;
};

const OFFERS = [
  ['application/json', 'application/graphql-response+json', 'application/json; callback'],
  ['multipart/mixed; deferSpec=20220824', 'multipart/mixed; incrementalSpec=v0.2', 'multipart/mixed'],
  ['application/json', 'text/html'],
];
const ACCEPTS = [
  undefined,
  '',
  '*/*',
  'application/json',
  'application/graphql-response+json, application/json;q=0.9',
  'application/json;q=0.9, application/graphql-response+json',
  'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'multipart/mixed;deferSpec=20220824, application/json',
  'application/*;q=0.5, text/*',
  'text/html;q=0',
  `application/json, ${'x'.repeat(300)}`,
];

describe('memoizeMediaTypeNegotiation', () => {
  memoizeMediaTypeNegotiation();
  const original = unmemoizedMediaTypes();

  it('answers as negotiator does, for every Accept header and offer, the first time and after', () => {
    for (const accept of ACCEPTS) {
      for (const offer of OFFERS) {
        const negotiator = new Negotiator({ headers: accept === undefined ? {} : { accept } });
        const expected = original.call(negotiator as never, offer);
        expect(negotiator.mediaTypes(offer)).toEqual(expected);
        expect(negotiator.mediaTypes(offer)).toEqual(expected);
        expect(negotiator.mediaType(offer)).toBe(expected[0]);
      }
    }
  });

  it('hands out copies: changing one answer does not change the next', () => {
    const negotiator = new Negotiator({ headers: { accept: 'application/json' } });
    const expected = original.call(negotiator as never, OFFERS[0]);
    negotiator.mediaTypes(OFFERS[0]).push('text/plain');
    expect(negotiator.mediaTypes(OFFERS[0])).toEqual(expected);
  });

  it('is installed once, however many apps start', () => {
    memoizeMediaTypeNegotiation();
    expect(unmemoizedMediaTypes()).toBe(original);
  });
});
