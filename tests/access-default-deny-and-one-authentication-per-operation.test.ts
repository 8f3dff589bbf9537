import { buildClientSchema, getIntrospectionQuery, getNamedType, GraphQLField, GraphQLObjectType, GraphQLSchema, IntrospectionQuery, isCompositeType, isNonNullType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Challenge } from '../server/modules/identity/challenge.entity';
import { buildAppSchema } from '../server/schema';
import { AccessDeclaration, rootAccess } from '../server/shared/access';
import { LoginDocument } from './gql/graphql';
import { captcha, CITIZEN, PASSWORD, register } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { databases, startTestApp, TestApp } from './helpers/test-app';

const RATE_LIMITS = ['captcha-address', 'login-address', 'login-failure-address', 'register-address', 'resend-address', 'sms-number', 'sms-address'].map((n) => `${n}=100000/3600`).join(',');

/**
 * The smallest valid operation for a root field: every required argument as a variable (left
 * unset: values are checked only when the operation executes, after the access check), and
 * `__typename` as the selection of an object result.
 */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((a) => isNonNullType(a.type));
  const variables = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind} Probe${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

describe.each(databases)('default deny and one authentication mutation per operation ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let signedIn: GraphQLClient;

  /** The declarations on the operations (`@Access`), read from the app's own schema. */
  let declarations: Map<string, AccessDeclaration | undefined>;
  const isPublic = (name: string) => name.startsWith('__') || declarations.get(name)?.who === 'anyone';

  beforeAll(async () => {
    if (!enabled) return;
    declarations = rootAccess(await buildAppSchema());
    t = await startTestApp({ database: kind, env: { RATE_LIMITS } });
    signedIn = t.client();
    await register(t, {}, signedIn);
    const { data } = await t.api.raw<IntrospectionQuery>({ query: getIntrospectionQuery() });
    schema = buildClientSchema(data!);
  });
  afterAll(async () => t?.stop());

  /** A moment after every message sent so far has arrived: whatever arrives from now on is new. */
  async function settled(): Promise<number> {
    await t.app.drain();
    await new Promise((resolve) => setTimeout(resolve, 2));
    return Date.now();
  }

  const roots = (): { kind: 'query' | 'mutation'; type: GraphQLObjectType }[] => [
    { kind: 'query', type: schema.getQueryType()! },
    { kind: 'mutation', type: schema.getMutationType()! },
  ];

  it.skipIf(!enabled)('answers UNAUTHENTICATED, before running anything, for every root field that is not public', async () => {
    const guarded: string[] = [];
    for (const { kind: opKind, type } of roots()) {
      for (const field of Object.values(type.getFields())) {
        if (isPublic(field.name)) continue;
        guarded.push(field.name);
        const query = operationFor(opKind, field);
        const anonymous = await t.client().raw({ query });
        expect(anonymous.status, query).toBe(200);
        expect(
          anonymous.errors?.map((e) => e.extensions?.code),
          query,
        ).toEqual(['UNAUTHENTICATED']);
        expect(anonymous.data ?? null, query).toBeNull();

        // An invalid token is no session either.
        const forged = t.client();
        forged.token = 'eyJhbGciOiJFZERTQSJ9.e30.AAAA';
        expect(
          (await forged.raw({ query })).errors?.map((e) => e.extensions?.code),
          query,
        ).toEqual(['UNAUTHENTICATED']);

        // With a session the same operation passes the gate (and, lacking its variables, stops at them).
        if (opKind === 'query' || field.args.some((a) => isNonNullType(a.type))) {
          const res = await signedIn.raw({ query });
          expect(res.errors?.map((e) => e.extensions?.code) ?? [], query).not.toContain('UNAUTHENTICATED');
        }
      }
    }
    // The portal has signed-in operations; were there none, this test would prove nothing.
    expect(guarded.length).toBeGreaterThan(0);
  });

  it.skipIf(!enabled)('says why in the caller’s language', async () => {
    const guarded = Object.values(schema.getQueryType()!.getFields()).find((f) => !isPublic(f.name))!;
    const query = operationFor('query', guarded);
    const arabic = await t.client().raw({ query });
    expect(arabic.errors![0].message).toBe('يلزم تسجيل الدخول للوصول إلى هذه الخدمة.');
    const english = t.client();
    english.language = 'en';
    expect((await english.raw({ query })).errors![0].message).toBe('You need to log in to use this service.');
    const two = 'mutation { a: resendCode(input: { challengeId: "x" }) { errors { code } } b: resendCode(input: { challengeId: "y" }) { errors { code } } }';
    expect((await english.raw({ query: two })).errors![0].message).toBe('The request is not valid.');
  });

  it.skipIf(!enabled)('every operation declares who may call it, and the public ones answer anonymously', async () => {
    const fields = roots().flatMap(({ type }) => Object.keys(type.getFields()));
    for (const name of fields) expect(declarations.get(name), `${name} has no @Access declaration`).toBeDefined();
    expect(fields.filter(isPublic).length).toBeGreaterThan(10);
    const anonymous = await t.client().raw<{ me: null; authOptions: { captchaRequired: boolean }; __typename: string }>({ query: '{ __typename me { id } authOptions { captchaRequired } }' });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data).toEqual({ __typename: 'Query', me: null, authOptions: { captchaRequired: true } });
  });

  it.skipIf(!enabled)('does not let a non-public field ride along with public ones or hide in a fragment', async () => {
    const guarded = Object.values(schema.getQueryType()!.getFields()).find((f) => !isPublic(f.name) && !f.args.some((a) => isNonNullType(a.type)));
    expect(guarded).toBeDefined();
    const selection = `${guarded!.name}${isCompositeType(getNamedType(guarded!.type)) ? ' { __typename }' : ''}`;
    for (const query of [`{ me { id } ${selection} }`, `{ ... on Query { ${selection} } }`, `query { ...F } fragment F on Query { x: ${selection} }`]) {
      const res = await t.client().raw({ query });
      expect(
        res.errors?.map((e) => e.extensions?.code),
        query,
      ).toEqual(['UNAUTHENTICATED']);
      expect(res.data ?? null, query).toBeNull();
    }
  });

  describe.skipIf(!enabled)('one authentication mutation per operation', () => {
    /** A log-in challenge for the demo citizen, whose attempts counter the refused operations must not move. */
    async function loginChallenge() {
      const api = t.client();
      const since = await settled();
      const { login } = await api.ok(LoginDocument, { input: { identifier: 'mohammed.q', password: PASSWORD, ...(await captcha(api)) } });
      expect(login.errors).toEqual([]);
      return { api, challengeId: login.challenge!.id, code: await t.sms.codeFor(CITIZEN.mobile, since) };
    }
    const attempts = async (id: string) => (await t.app.services.orm.em.fork().findOneOrFail(Challenge, id)).attempts;

    it('refuses two aliased verifyLogin with BAD_USER_INPUT before either runs', async () => {
      const { api, challengeId, code } = await loginChallenge();
      const documents = [
        `mutation Two($id: ID!) { a: verifyLogin(input: { challengeId: $id, code: "000000" }) { errors { code } } b: verifyLogin(input: { challengeId: $id, code: "${code}" }) { session { accessToken } } }`,
        `mutation Frag($id: ID!) { ...Guess } fragment Guess on Mutation { a: verifyLogin(input: { challengeId: $id, code: "111111" }) { errors { code } } b: verifyLogin(input: { challengeId: $id, code: "${code}" }) { errors { code } } }`,
        `mutation Inline($id: ID!) { ... on Mutation { a: verifyLogin(input: { challengeId: $id, code: "222222" }) { errors { code } } } b: verifyLogin(input: { challengeId: $id, code: "${code}" }) { errors { code } } }`,
        `mutation Mixed($id: ID!) { resendCode(input: { challengeId: $id }) { errors { code } } verifyLogin(input: { challengeId: $id, code: "${code}" }) { errors { code } } }`,
      ];
      for (const query of documents) {
        const res = await api.raw({ query, variables: { id: challengeId } });
        expect(res.status, query).toBe(200);
        expect(
          res.errors?.map((e) => e.extensions?.code),
          query,
        ).toEqual(['BAD_USER_INPUT']);
        expect(res.data ?? null, query).toBeNull();
      }
      // Nothing ran: no try was counted, and the right code still works alone.
      expect(await attempts(challengeId)).toBe(0);
      const alone = await api.raw<{ verifyLogin: { errors: unknown[] } }>({
        query: `mutation One($id: ID!) { verifyLogin(input: { challengeId: $id, code: "${code}" }) { errors { code } } }`,
        variables: { id: challengeId },
      });
      expect(alone.data!.verifyLogin.errors).toEqual([]);
    });

    it('refuses two log-ins in one operation, so one image code cannot try two passwords', async () => {
      const api = t.client();
      const one = await captcha(api);
      const two = await captcha(api);
      const query = `mutation($a: LoginInput!, $b: LoginInput!) { a: login(input: $a) { errors { code } } b: login(input: $b) { errors { code } } }`;
      const res = await api.raw({ query, variables: { a: { identifier: 'mohammed.q', password: 'guess one!', ...one }, b: { identifier: 'mohammed.q', password: PASSWORD, ...two } } });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(res.data ?? null).toBeNull();
    });

    it('refuses HTTP batches of operations', async () => {
      const { api, challengeId } = await loginChallenge();
      const single = `mutation($id: ID!) { verifyLogin(input: { challengeId: $id, code: "333333" }) { errors { code } } }`;
      const res = await api.raw(JSON.stringify([0, 1, 2].map(() => ({ query: single, variables: { id: challengeId } }))));
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(await attempts(challengeId)).toBe(0);
    });
  });

  it.skipIf(!enabled)('answers malformed requests with a client error, never a server error', async () => {
    const bodies = [
      '{',
      '',
      'null',
      '[]',
      JSON.stringify({ query: 5 }),
      JSON.stringify({ query: '{ me { id }' }),
      JSON.stringify({ query: '{ nope }' }),
      JSON.stringify({ query: 'mutation($i: VerifyCodeInput!) { verifyLogin(input: $i) { errors { code } } }', variables: { i: { challengeId: 7 } } }),
      JSON.stringify({ query: 'mutation($i: VerifyCodeInput!) { verifyLogin(input: $i) { errors { code } } }', variables: 'x' }),
      JSON.stringify({ query: '{ me { id } }', operationName: 'Missing' }),
      JSON.stringify({ query: `{ ${'me { person { nationalId } } '.repeat(1)}${'__typename '.repeat(2000)} }` }),
    ];
    for (const body of bodies) {
      const res = await t.client().raw(body);
      expect(res.status, body.slice(0, 80)).toBeLessThan(500);
      // Refused either at the HTTP layer (4xx) or as a GraphQL error.
      expect(res.status >= 400 || (res.errors?.length ?? 0) > 0, body.slice(0, 80)).toBe(true);
    }
  });

  it.skipIf(!enabled)('refuses mutations over GET and simple cross-site posts without a server error', async () => {
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('mutation { newCaptcha { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBeGreaterThanOrEqual(400);
    expect(get.status).toBeLessThan(500);
    const simple = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: 'mutation { newCaptcha { id } }' }) });
    expect(simple.status).toBeGreaterThanOrEqual(400);
    expect(simple.status).toBeLessThan(500);
  });
});
