import path from 'node:path';
import { parse, validate } from 'graphql';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../server/schema';
import { REPO_ROOT } from '../server/shared/paths';
import { guideAnswers, guideModuleFile, guideOperations, loadGuideClient, shape } from './helpers/client-guide';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient, GraphQLResponse } from './helpers/graphql-client';
import { startTestApp, TestApp } from './helpers/test-app';

const MINUTE = 60_000;
/** What Apollo Client 4 sends, so statuses are the ones a client of the guide sees. */
const APOLLO_ACCEPT = { accept: 'application/graphql-response+json,application/json;q=0.9' };

describe('docs/client-guide.md', () => {
  const ops = guideOperations();
  const answers = guideAnswers();
  let t: TestApp;
  let mohammed: GraphQLClient;

  beforeAll(async () => {
    t = await startTestApp();
    mohammed = await signedInAs(t, DEMO.MOHAMMED);
  });
  afterAll(async () => t?.stop());

  /** Someone not signed in, reading English (as the guide's answers are shown). */
  const visitor = () => {
    const client = t.client();
    client.language = 'en';
    return client;
  };
  /** Sends one of the guide's operations as written, as Apollo Client 4 would (its Accept header). */
  const send = (client: GraphQLClient, name: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    client.raw({ query: ops.get(name), variables }, { ...APOLLO_ACCEPT, ...headers });
  /** Asserts an answer is the one the guide shows for `key`, with the HTTP status the guide states. */
  const shown = (key: string, res: GraphQLResponse<unknown>, status: number) => {
    expect(answers.has(key), key).toBe(true);
    expect({ status: res.status, data: res.data, errors: res.errors, extensions: res.extensions }).toMatchObject({ status, ...(shape(answers.get(key)) as object) });
  };

  it('holds only operations valid against the schema, and an answer for each case the test runs', async () => {
    const schema = await buildAppSchema();
    for (const [name, text] of ops) expect(validate(schema, parse(text)), name).toEqual([]);
    expect([...answers.keys()].sort()).toEqual(
      [
        'RefreshSession twice',
        'MyVehicles expired',
        'MyVehicles anonymous',
        'Me expired',
        'DocumentsById mohammed',
        'DocumentNode mohammed',
        'DocumentsForward first-page',
        'DocumentsBackward last-page',
        'DocumentsForward bad-cursor',
        'PayViolations unknown',
        'Catalogue anonymous',
      ].sort(),
    );
  });

  it('has TypeScript that type-checks as one module against the installed Apollo Client', () => {
    const file = guideModuleFile();
    const config = ts.getParsedCommandLineOfConfigFile(path.join(REPO_ROOT, 'tests', 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
    const program = ts.createProgram([file], { ...config.options, noEmit: true });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  });

  it('identity: a list and node(id:) answer the same object under the same global ID', async () => {
    const list = await send(mohammed, 'DocumentsById');
    shown('DocumentsById mohammed', list, 200);
    const [first] = (list.data as { myDocuments: { nodes: { id: string; __typename: string }[] } }).myDocuments.nodes;
    const node = await send(mohammed, 'DocumentNode', { id: first.id });
    shown('DocumentNode mohammed', node, 200);
    expect((node.data as { node: unknown }).node).toMatchObject({ __typename: first.__typename, id: first.id });
  });

  it('pagination: forward from the start, backward from the end, and a cursor the list did not make', async () => {
    const forward = await send(mohammed, 'DocumentsForward', { first: 2 });
    shown('DocumentsForward first-page', forward, 200);
    const backward = await send(mohammed, 'DocumentsBackward', { last: 2 });
    shown('DocumentsBackward last-page', backward, 200);
    shown('DocumentsForward bad-cursor', await send(mohammed, 'DocumentsForward', { first: 2, after: 'not-a-cursor' }), 200);
  });

  it('errors: a refused action is data, with its code, field, message and params', async () => {
    shown('PayViolations unknown', await send(mohammed, 'PayViolations', { input: { violationNumbers: ['2026999999'] } }), 200);
  });

  it('cost: the catalogue page is counted at the size asked for, and the answer says so', async () => {
    shown('Catalogue anonymous', await send(visitor(), 'Catalogue'), 200);
  });

  it('session: two trades of one refresh cookie within 10 seconds answer one pair; then the expiry signal, told from an anonymous call', async () => {
    const cookie = mohammed.cookie!;
    const headers = { cookie, 'x-refresh-token': 'cookie-only' };
    const once = await send(mohammed, 'RefreshSession', {}, headers);
    t.clock.advance(9_000);
    const twice = await send(mohammed, 'RefreshSession', {}, headers);
    shown('RefreshSession twice', once, 200);
    shown('RefreshSession twice', twice, 200);
    type Refreshed = { refreshSession: { session: { accessToken: string } } };
    expect((twice.data as Refreshed).refreshSession.session.accessToken).toBe((once.data as Refreshed).refreshSession.session.accessToken);
    mohammed.token = (twice.data as Refreshed).refreshSession.session.accessToken;
    expect((await send(mohammed, 'Me')).data).toMatchObject({ me: { username: `p${DEMO.MOHAMMED.nationalId}` } });

    const anonymous = await send(visitor(), 'MyVehicles');
    shown('MyVehicles anonymous', anonymous, 401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect((await send(visitor(), 'Me')).data).toEqual({ me: null });

    t.clock.advance(11 * MINUTE);
    const expired = await send(mohammed, 'MyVehicles');
    shown('MyVehicles expired', expired, 401);
    expect(expired.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token", error_description="/);
    shown('Me expired', await send(mohammed, 'Me'), 200);
  });

  it("runs the guide's client: it signs in with the cookie alone (a page load) and reads its first answer's cost", async () => {
    const { createAbsherClient } = await loadGuideClient();
    const costs: string[] = [];
    const { client, refresh } = createAbsherClient({
      uri: `${t.url}/graphql`,
      fetch: (input, init) => fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init?.headers)), cookie: mohammed.cookie! } }),
      onCost: (name, cost) => costs.push(`${name} ${cost.requested}/${cost.maximum}`),
    });
    expect(await refresh()).toBe(true);
    const { data } = await client.query({ query: parse(ops.get('Me')!) });
    expect(data).toMatchObject({ me: { username: `p${DEMO.MOHAMMED.nationalId}` } });
    expect(costs).toEqual(['Me 101/76700']);
  });
});
