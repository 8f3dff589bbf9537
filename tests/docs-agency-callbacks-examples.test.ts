import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DisputeViolationDocument, MyViolationsDocument } from './gql/graphql';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { startTestApp, TestApp } from './helpers/test-app';
import { AGENCY_SIGNATURE_HEADER, AGENCY_TIMESTAMP_HEADER, DISPUTE_DECISION_PATH } from '../server/modules/disputes';
import { CALLBACK_MAX_AGE_SECONDS, signCallback } from '../server/shared/signed-callback';
import { REPO_ROOT } from '../server/shared/paths';

const DOC = readFileSync(path.join(REPO_ROOT, 'docs', 'agency-callbacks.md'), 'utf8');
const block = (info: string) => [...DOC.matchAll(new RegExp('```' + info + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

type Sign = (secret: string, body: string, timestamp?: number) => Record<string, string>;
/** The doc's Node.js signing function, as written. */
const signDecision = new Function('require', `${block('js')[0]}\nreturn signDecision;`)(createRequire(__filename)) as Sign;
/** The doc's answers table: status → HTTP code. */
const answers = new Map([...DOC.matchAll(/^\| (\d{3}) \| `(\w+)` \|/gm)].map((m) => [m[2], Number(m[1])]));
const SECRET = 'example-agency-secret-0123456789abcdef';

describe('docs/agency-callbacks.md', () => {
  let t: TestApp;
  let ali: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp({ env: { DISPUTE_DECISIONS: 'agency', AGENCY_CALLBACK_SECRETS: SECRET } });
    ali = await signedInAs(t, DEMO.ALI);
  });
  afterAll(async () => t?.stop());

  const send = async (body: string, headers: Record<string, string>) => {
    const res = await fetch(`${t.url}${DISPUTE_DECISION_PATH}`, { method: 'POST', headers, body });
    return { code: res.status, status: ((await res.json()) as { status: string }).status };
  };
  /** An answer as the doc's table says it comes. */
  const asDocumented = (status: string) => ({ code: answers.get(status), status });

  it('states the contract the code has: path, headers, replay window, and the worked signature', () => {
    expect(DOC).toContain(`\`POST ${DISPUTE_DECISION_PATH}\``);
    expect(DOC).toContain(`| \`${AGENCY_TIMESTAMP_HEADER}\` |`);
    expect(DOC).toContain(`| \`${AGENCY_SIGNATURE_HEADER}\` |`);
    expect(DOC).toContain(`**${CALLBACK_MAX_AGE_SECONDS} seconds**`);
    const body = block('json')[0].trimEnd();
    const shown = /x-agency-signature: (sha256=[0-9a-f]{64})/.exec(DOC)![1];
    expect(shown).toBe(`sha256=${signCallback(SECRET, '1796371200', body)}`);
    expect(signDecision(SECRET, body, 1796371200)).toEqual({ 'content-type': 'application/json', [AGENCY_TIMESTAMP_HEADER]: '1796371200', [AGENCY_SIGNATURE_HEADER]: shown });
    expect([...answers.keys()].sort()).toEqual(['ALREADY_DECIDED', 'BAD_SIGNATURE', 'CONFLICT', 'DECIDED', 'MALFORMED', 'NOT_FOUND']);
  });

  it('decides a real dispute with the example body and the doc’s signing function, answering as the table says', async () => {
    const { disputeViolation } = await ali.ok(DisputeViolationDocument, { input: { violationNumber: '2026000004', reason: 'The plate in the photo is not my car.' } });
    const reference = disputeViolation.request!.reference;
    const example = JSON.parse(block('json')[0]) as Record<string, string>;
    const body = JSON.stringify({ ...example, reference });
    const now = () => Math.floor(t.clock.now().getTime() / 1000);

    expect(await send(body, signDecision('another-key-that-is-not-the-one-0123456789', body, now()))).toEqual(asDocumented('BAD_SIGNATURE'));
    expect(await send(body, signDecision(SECRET, body, now() - CALLBACK_MAX_AGE_SECONDS - 1))).toEqual(asDocumented('BAD_SIGNATURE'));
    const malformed = JSON.stringify({ ...example, reference, outcome: 'PARTLY' });
    expect(await send(malformed, signDecision(SECRET, malformed, now()))).toEqual(asDocumented('MALFORMED'));
    const unknown = JSON.stringify({ ...example, reference: 'R-2026-00000001' });
    expect(await send(unknown, signDecision(SECRET, unknown, now()))).toEqual(asDocumented('NOT_FOUND'));

    expect(await send(body, signDecision(SECRET, body, now()))).toEqual(asDocumented('DECIDED'));
    expect(await send(body, signDecision(SECRET, body, now()))).toEqual(asDocumented('ALREADY_DECIDED'));
    const other = JSON.stringify({ ...example, reference, outcome: 'DISMISSED' });
    expect(await send(other, signDecision(SECRET, other, now()))).toEqual(asDocumented('CONFLICT'));

    const violation = (await ali.ok(MyViolationsDocument, { unpaidOnly: false })).myViolations.nodes.find((v) => v.number === example.violationNumber);
    expect(violation).toMatchObject({ disputeStatus: example.outcome, paid: false, decidableInDevelopment: false });
  });
});
