import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../server/modules/identity';
import { OFFICE_RECOVERY_PATH, OFFICE_SIGNATURE_HEADER, OFFICE_TIMESTAMP_HEADER } from '../server/modules/account-recovery';
import { REPO_ROOT } from '../server/shared/paths';
import { CALLBACK_MAX_AGE_SECONDS, signCallback } from '../server/shared/signed-callback';
import { CompleteAccountRecoveryDocument, MeDocument, StartOfficeAccountRecoveryDocument } from './gql/graphql';
import { signUp } from './helpers/demo-people';
import type { GraphQLClient } from './helpers/graphql-client';
import { startTestApp, TestApp } from './helpers/test-app';

const DOC = readFileSync(path.join(REPO_ROOT, 'docs', 'account-recovery.md'), 'utf8');
const block = (info: string) => [...DOC.matchAll(new RegExp('```' + info + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

type Sign = (secret: string, body: string, timestamp?: number) => Record<string, string>;
/** The doc's Node.js signing function, as written. */
const signOfficeCallback = new Function('require', `${block('js')[0]}\nreturn signOfficeCallback;`)(createRequire(__filename)) as Sign;
/** The doc's answers table: status → HTTP code. */
const answers = new Map([...DOC.matchAll(/^\| (\d{3}) \| `(\w+)` \|/gm)].map((m) => [m[2], Number(m[1])]));
const SECRET = 'example-office-secret-0123456789abcdef';

describe('docs/account-recovery.md', () => {
  let t: TestApp;
  let noura: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp({ env: { OFFICE_RECOVERY: 'office', OFFICE_CALLBACK_SECRETS: SECRET } });
    noura = await signUp(t, 'noura', 'EN');
  });
  afterAll(async () => t?.stop());

  const send = async (body: string, headers: Record<string, string>) => {
    const res = await fetch(`${t.url}${OFFICE_RECOVERY_PATH}`, { method: 'POST', headers, body });
    return { code: res.status, body: (await res.json()) as { status: string; code?: string } };
  };

  it('states the contract the code has: path, headers, replay window, answers and the worked signature', () => {
    expect(DOC).toContain(`\`POST ${OFFICE_RECOVERY_PATH}\``);
    expect(DOC).toContain(`| \`${OFFICE_TIMESTAMP_HEADER}\` |`);
    expect(DOC).toContain(`| \`${OFFICE_SIGNATURE_HEADER}\` |`);
    expect(DOC).toContain(`**${CALLBACK_MAX_AGE_SECONDS} seconds**`);
    const body = block('json')[0].trimEnd();
    const shown = /x-agency-signature: (sha256=[0-9a-f]{64})/.exec(DOC)![1];
    expect(shown).toBe(`sha256=${signCallback(SECRET, '1796371200', body)}`);
    expect(signOfficeCallback(SECRET, body, 1796371200)).toEqual({ 'content-type': 'application/json', [OFFICE_TIMESTAMP_HEADER]: '1796371200', [OFFICE_SIGNATURE_HEADER]: shown });
    expect([...answers.keys()].sort()).toEqual(['ALREADY_ISSUED', 'APPOINTMENT_MISMATCH', 'BAD_SIGNATURE', 'ISSUED', 'MALFORMED', 'NOT_FOUND', 'OFFICE_UNKNOWN']);
  });

  it('walks through the office path as written: the example callback, then the two mutations', async () => {
    const body = block('json')[0].trimEnd();
    const now = () => Math.floor(t.clock.now().getTime() / 1000);
    const stale = await send(body, signOfficeCallback(SECRET, body, now() - CALLBACK_MAX_AGE_SECONDS - 1));
    expect(stale).toEqual({ code: answers.get('BAD_SIGNATURE'), body: { status: 'BAD_SIGNATURE' } });
    const issued = await send(body, signOfficeCallback(SECRET, body, now()));
    expect(issued.code).toBe(answers.get('ISSUED'));
    expect(issued.body.code).toMatch(/^\d{8}$/);
    const again = await send(body, signOfficeCallback(SECRET, body, now()));
    expect(again).toEqual({ code: answers.get('ALREADY_ISSUED'), body: { status: 'ALREADY_ISSUED' } });

    // The walkthrough's two mutations, with the values it names.
    const [start, complete] = block('graphql');
    expect(start).toContain('nationalId: "1000000032"');
    expect(start).toContain('newMobile: "0550000005"');
    expect(complete).toContain('completeAccountRecovery');
    await t.app.drain();
    const since = Date.now();
    const api = t.client();
    const { startOfficeAccountRecovery } = await api.ok(StartOfficeAccountRecoveryDocument, { input: { nationalId: '1000000032', recoveryCode: issued.body.code!, newMobile: '0550000005' } });
    expect(startOfficeAccountRecovery.errors).toEqual([]);
    const code = await t.sms.codeFor('+966550000005', since);
    const { completeAccountRecovery } = await api.ok(CompleteAccountRecoveryDocument, { input: { challengeId: startOfficeAccountRecovery.challenge!.id, code } });
    expect(completeAccountRecovery).toMatchObject({ recovered: true, errors: [] });
    // As the doc says: her sessions ended, the old number was told, the new one is registered.
    expect((await noura.request(MeDocument)).errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await t.sms.waitFor('+966500000005', since)).text).toMatch(/recovered/);
    expect((await t.app.services.orm.em.fork().findOneOrFail(Account, { person: '1000000032' })).mobile).toBe('+966550000005');
  });
});
