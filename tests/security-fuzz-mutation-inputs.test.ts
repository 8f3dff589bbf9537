import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildSchema, getNamedType, GraphQLEnumType, GraphQLInputObjectType, GraphQLInputType, GraphQLList, GraphQLNonNull, GraphQLScalarType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../server/shared/paths';
import { RequestStatus, ServiceRequest } from '../server/modules/requests/service-request.entity';
import { register } from './helpers/flows';
import { databases, startTestApp, TestApp } from './helpers/test-app';

/**
 * Property: whatever is put into a mutation's `input` — random, huge, unicode, wrongly typed —
 * the answer is a payload (with `UserError`s), a GraphQL validation / coercion error or a
 * deliberate refusal (RATE_LIMITED, UNAUTHENTICATED, FORBIDDEN); never HTTP 5xx, never an
 * internal error, and when refused, no row is added or removed anywhere.
 */
const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema', 'schema.graphql'), 'utf8'));
const DELIBERATE = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'RATE_LIMITED', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_ENABLED']);
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);

const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '١٠٠٠٠٠٠٠٠٨',
  '1000000008',
  '0500000001',
  '00000000-0000-4000-8000-000000000000',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '﷽',
  '👩‍👩‍👧‍👦'.repeat(50),
  'a'.repeat(10_000),
  '٠'.repeat(129),
  '9'.repeat(400),
);
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), nasty);
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

function valueOf(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLNonNull) return valueOf(type.ofType);
  if (type instanceof GraphQLList) return fc.array(valueOf(type.ofType), { maxLength: 12 });
  let typed: fc.Arbitrary<unknown>;
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields());
    typed = fc.record(Object.fromEntries(fields.map((f) => [f.name, f.type instanceof GraphQLNonNull ? valueOf(f.type) : fc.option(valueOf(f.type), { nil: undefined })])));
  } else if (type instanceof GraphQLEnumType) {
    typed = fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.value as string)), text);
  } else if (type instanceof GraphQLScalarType && type.name === 'Int') {
    typed = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 1e12));
  } else if (type instanceof GraphQLScalarType && type.name === 'Float') {
    typed = fc.double();
  } else if (type instanceof GraphQLScalarType && type.name === 'Boolean') {
    typed = fc.boolean();
  } else if (type instanceof GraphQLScalarType && type.name === 'LocalDate') {
    typed = fc.oneof(fc.constantFrom('2026-02-30', '1985-03-12', '0000-00-00', '99999-01-01'), text);
  } else if (type instanceof GraphQLScalarType && type.name === 'DateTimeISO') {
    typed = fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      text,
    );
  } else {
    typed = text;
  }
  return fc.oneof({ weight: 6, arbitrary: typed }, { weight: 1, arbitrary: wrongType });
}

const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => f.args.length > 0);

function documentFor(field: (typeof mutations)[number]): string {
  const payload = getNamedType(field.type);
  const hasErrors = isObjectType(payload) && 'errors' in payload.getFields();
  const args = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const pass = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation Fuzz(${args}) { ${field.name}(${pass}) { __typename ${hasErrors ? 'errors { field code message }' : ''} } }`;
}

describe.each(databases)('fuzzing every mutation input with fast-check ($kind)', ({ kind, enabled }) => {
  let t: TestApp;
  const refusedRequests = () => t.app.services.orm.em.fork().count(ServiceRequest, { status: RequestStatus.REFUSED });
  const counts = async () => {
    const em = t.app.services.orm.em.fork();
    const entities = t.app.services.orm.getMetadata().getAll();
    return Object.fromEntries(
      await Promise.all(
        Object.values(entities)
          .filter((m) => !m.embeddable && !m.virtual)
          .map(async (m) => [m.className, await em.count(m.className, {})]),
      ),
    );
  };
  beforeAll(async () => {
    if (!enabled) return;
    t = await startTestApp({
      database: kind,
      env: {
        RATE_LIMITS:
          'login-address=100000/60,register-address=100000/60,captcha-address=100000/60,resend-address=100000/60,reset-address=100000/60,sms-address=100000/60,cost-address=100000000/60,cost-account=100000000/60',
      },
    });
    // Signed in, so that the mutations behind the session run too, not only the access check.
    await register(t);
  });
  afterAll(async () => t?.stop());

  it.skipIf(!enabled)('found the mutations to fuzz', () => {
    expect(mutations.length).toBeGreaterThan(20);
  });

  it.skipIf(!enabled).each(mutations.map((f) => [f.name, f] as const))(
    '%s',
    async (_name, field) => {
      const document = documentFor(field);
      await fc.assert(
        fc.asyncProperty(
          fc.record(Object.fromEntries(field.args.map((a) => [a.name, fc.oneof({ weight: 8, arbitrary: valueOf(a.type) }, { weight: 1, arbitrary: wrongType })]))),
          async (variables) => {
            // What an earlier action left to do after its commit (an SMS, an e-mail to the outbox) lands first.
            await t.app.drain();
            const before = await counts();
            const refusedBefore = await refusedRequests();
            const res = await t.api.raw({ query: document, variables });
            expect(res.status, JSON.stringify(res.errors)).toBe(200);
            for (const error of res.errors ?? []) expect(DELIBERATE, JSON.stringify(error)).toContain(String(error.extensions?.code));
            const payload = res.data?.[field.name] as { errors?: { code: string; message: string }[] } | undefined;
            if (!res.errors?.length) expect(payload).toBeTruthy();
            for (const e of payload?.errors ?? []) expect(e.message.length).toBeGreaterThan(0);
            // A refused input writes nothing, but for a refusal by a service's rules, which is kept on
            // record: one REFUSED request and its audit line. (An input that happens to be valid —
            // renewNationalId needs none — may do its work.)
            const refused = !!res.errors?.length || !!payload?.errors?.length;
            if (refused) {
              await t.app.drain();
              const after = await counts();
              const kept = after.ServiceRequest - before.ServiceRequest;
              expect(kept).toBeLessThanOrEqual(1);
              expect(after).toEqual({ ...before, ServiceRequest: before.ServiceRequest + kept, AuditEvent: before.AuditEvent + kept });
              if (kept) expect(await refusedRequests()).toBe(refusedBefore + 1);
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
    120_000,
  );
});
