import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS } from '../server/http/hardening';
import { Challenge } from '../server/modules/identity/challenge.entity';
import { LoginDocument } from './gql/graphql';
import { PASSWORD, captcha, register } from './helpers/flows';
import { startTestApp, TestApp } from './helpers/test-app';

/**
 * Each graphql-armor limit, at the limit (answered) and one over (refused at validation or
 * before parsing, with nothing resolved). Validation does not touch the database, so SQLite
 * alone is enough here. The cost of an operation is counted after validation, with its variables
 * (tests/query-cost-*.test.ts).
 */
describe('GraphQL document limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await register(t);
  });
  afterAll(async () => t?.stop());

  const send = (query: string) => t.api.raw({ query });
  const accepted = async (query: string) => {
    const res = await send(query);
    expect(res.status, JSON.stringify(res.errors)).toBe(200);
    expect(res.errors).toBeUndefined();
    return res;
  };
  /** Refused: 200 with only `errors` for application/json, 400 for application/graphql-response+json (GraphQL over HTTP). */
  const refused = async (query: string, pattern: RegExp) => {
    const strict = await t.api.raw({ query }, { accept: 'application/graphql-response+json' });
    expect(strict.status).toBe(400);
    expect(strict.data ?? null).toBeNull();
    const res = await send(query);
    expect(res.status).toBe(200);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.map((e) => e.message).join('\n')).toMatch(pattern);
    return res;
  };

  it(`depth ${GRAPHQL_LIMITS.depth}: nested fragments count as levels`, async () => {
    // `authOptions { captchaRequired }` is 2 levels; each `... on Query` wrapper adds one.
    const nested = (levels: number) => `${'{ ... on Query '.repeat(levels - 2)}{ authOptions { captchaRequired } }${' }'.repeat(levels - 2)}`;
    await accepted(`query ${nested(GRAPHQL_LIMITS.depth)}`.replace('query {', 'query Deep {'));
    await refused(`query ${nested(GRAPHQL_LIMITS.depth + 1)}`, /depth/i);
  });

  it(`aliases ${GRAPHQL_LIMITS.aliases}`, async () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: authOptions { captchaRequired }`).join(' ')} }`;
    await accepted(aliased(GRAPHQL_LIMITS.aliases));
    await refused(aliased(GRAPHQL_LIMITS.aliases + 1), /aliases/i);
  });

  it('100 aliased verifyLogin fields are refused before any is evaluated', async () => {
    const api = t.client();
    const { login } = await api.ok(LoginDocument, { input: { identifier: 'mohammed.q', password: PASSWORD, ...(await captcha(api)) } });
    const challengeId = login.challenge!.id;
    const guesses = (n: number) =>
      `mutation { ${Array.from({ length: n }, (_, i) => `v${i}: verifyLogin(input: { challengeId: "${challengeId}", code: "${String(i).padStart(6, '0')}" }) { errors { code } }`).join(' ')} }`;
    const attempts = async () => (await t.app.services.orm.em.fork().findOneOrFail(Challenge, challengeId)).attempts;
    // Over the alias and token limits: refused with 400 before anything runs.
    const hundred = await send(guesses(100));
    expect(hundred.data ?? null).toBeNull();
    expect(hundred.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // Under them, two authentication mutations in one operation are still refused, unevaluated.
    const two = await send(guesses(2));
    expect(two.data ?? null).toBeNull();
    expect(two.errors?.[0].extensions?.reason).toBe('ONE_AUTHENTICATION_MUTATION_PER_OPERATION');
    expect(await attempts()).toBe(0);
  });

  it(`directives ${GRAPHQL_LIMITS.directives}`, async () => {
    // Spread over fields: one `@include` per field (a directive may appear once per location).
    const directed = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `d${i % 2}: authOptions { captchaRequired @include(if: true) ssoEnabled }`).join(' ')} }`;
    await accepted(directed(GRAPHQL_LIMITS.directives));
    await refused(directed(GRAPHQL_LIMITS.directives + 1), /directives/i);
  });

  it(`tokens ${GRAPHQL_LIMITS.tokens}`, async () => {
    // 20 tokens around a list of n IDs (commas are not tokens).
    const tokens = (n: number) => `mutation { markNotificationsRead(input: { ids: [${Array.from({ length: n }, (_, i) => i + 1).join(', ')}] }) { errors { code } } }`;
    await accepted(tokens(GRAPHQL_LIMITS.tokens - 20));
    await refused(tokens(GRAPHQL_LIMITS.tokens - 19), /too many tokens/i);
  });

  it(`document size ${GRAPHQL_LIMITS.documentChars} characters`, async () => {
    const padded = (chars: number) => {
      const core = '{ __typename }';
      return `#${'x'.repeat(chars - core.length - 2)}\n${core}`;
    };
    expect(padded(GRAPHQL_LIMITS.documentChars)).toHaveLength(GRAPHQL_LIMITS.documentChars);
    await accepted(padded(GRAPHQL_LIMITS.documentChars));
    await refused(padded(GRAPHQL_LIMITS.documentChars + 1), /too large/i);
    // GET is limited alike (here by tokens; a URL over 16 KB is refused by Node itself with 431).
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent(`{ ${'a '.repeat(GRAPHQL_LIMITS.tokens)}}`)}`, {
      headers: { 'apollo-require-preflight': 'true', accept: 'application/graphql-response+json' },
    });
    expect(get.status).toBe(400);
    expect(await get.text()).toContain('TOO_MANY_TOKENS');
  });
});
