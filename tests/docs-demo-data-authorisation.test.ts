import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../server/schema';
import { riyadhDate } from '../server/shared/clock';
import { addDays } from '../server/shared/dates';
import { walkthrough, walkthroughSteps } from './helpers/demo-walkthrough';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { startTestApp, TestApp } from './helpers/test-app';

type Given = { myAuthorisations: { nodes: { id: string }[] } };

describe('docs/demo-data.md: the walkthrough of registering both and granting an authorisation runs as written', () => {
  const doc = walkthrough('registering both and granting an authorisation');
  let t: TestApp;
  const as: Record<string, GraphQLClient> = {};
  beforeAll(async () => {
    t = await startTestApp();
    // Both register with the ID and mobile the doc gives: no account is made in advance.
    as.mohammed = await signedInAs(t, DEMO.MOHAMMED);
    as.turki = await signedInAs(t, DEMO.TURKI);
  });
  afterAll(async () => t?.stop());

  const step = walkthroughSteps(doc, as);

  it('holds operations valid against the schema', async () => {
    expect(doc.found).toBe(true);
    const schema = await buildAppSchema();
    expect([...doc.operations.keys()]).toEqual(['AuthoriseTurki', 'GivenToMe', 'AcceptIt', 'RenewForMohammed', 'MyHistory', 'RevokeIt', 'RenewAgain']);
    for (const [name, op] of doc.operations) expect(validate(schema, parse(op)), name).toEqual([]);
  });

  it('given, found, accepted, used for the grantor (both see it), revoked: then nothing', async () => {
    const today = riyadhDate(t.clock.now());
    await step('AuthoriseTurki', 'mohammed', { startsOn: today, endsOn: addDays(today, 30) });
    const given = (await step('GivenToMe', 'turki')) as Given;
    const authorisationId = given.myAuthorisations.nodes[0].id;
    await step('AcceptIt', 'turki', { authorisationId });
    await step('RenewForMohammed', 'turki');
    await step('MyHistory', 'mohammed');
    await step('MyHistory', 'turki');
    await step('RevokeIt', 'mohammed', { authorisationId });
    await step('RenewAgain', 'turki');
  });
});
