import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../server/schema';
import { REPO_ROOT } from '../server/shared/paths';
import { shape } from './helpers/client-guide';
import { DEMO, signedInAs } from './helpers/flows';
import type { GraphQLClient } from './helpers/graphql-client';
import { startTestApp, TestApp } from './helpers/test-app';

/**
 * docs/demo-data.md's "Walkthrough: Mohammed's household through the API", read as the test runs: its
 * operations, variables (```json variables Operation case```) and answers (```json answer Operation who [case]```).
 */
function walkthrough() {
  const text = readFileSync(path.join(REPO_ROOT, 'docs', 'demo-data.md'), 'utf8');
  const start = text.indexOf("### Walkthrough: Mohammed's household through the API");
  const rest = text.slice(start + 4);
  const end = rest.search(/\n##? /);
  const section = rest.slice(0, end < 0 ? undefined : end);
  const blocks = (info: string) => [...section.matchAll(new RegExp('```' + info + '\\n([\\s\\S]*?)```', 'g'))];
  const operations = new Map(blocks('graphql').map(([, op]) => [(parse(op).definitions[0] as OperationDefinitionNode).name!.value, op]));
  const variables = new Map(blocks('json variables (\\w+) (\\w+)').map(([, name, which, json]) => [`${name} ${which}`, JSON.parse(json) as Record<string, unknown>]));
  const answers = new Map(blocks('json answer (\\w+) (\\w+)(?: (\\w+))?').map(([, name, who, which, json]) => [[name, who, which].filter(Boolean).join(' '), JSON.parse(json) as unknown]));
  return { found: start >= 0, operations, variables, answers };
}

const PEOPLE = { mohammed: DEMO.MOHAMMED, omar: DEMO.OMAR };

describe("docs/demo-data.md: the walkthrough of Mohammed's household runs as written", () => {
  const doc = walkthrough();
  let t: TestApp;
  const as: Record<string, GraphQLClient> = {};
  beforeAll(async () => {
    t = await startTestApp();
    for (const [name, person] of Object.entries(PEOPLE)) as[name] = await signedInAs(t, person);
  });
  afterAll(async () => t?.stop());

  /** Runs the doc's operation as `who`, with the variables of `which` case, and checks the answer shown for it. */
  const step = async (name: string, who: keyof typeof PEOPLE, which?: string) => {
    const key = [name, who, which].filter(Boolean).join(' ');
    const res = await as[who].raw({ query: doc.operations.get(name), variables: which ? doc.variables.get(`${name} ${which}`) : {} });
    expect(doc.answers.has(key), key).toBe(true);
    expect({ data: res.data, errors: res.errors }).toMatchObject(shape(doc.answers.get(key)) as object);
  };

  it('holds operations valid against the schema, and an answer for every case', async () => {
    expect(doc.found).toBe(true);
    const schema = await buildAppSchema();
    expect([...doc.operations.keys()]).toEqual(['MyFamily', 'IqamaRenewalFee', 'RenewIqama']);
    for (const [name, op] of doc.operations) expect(validate(schema, parse(op)), name).toEqual([]);
    expect([...doc.answers.keys()]).toEqual(['MyFamily mohammed', 'IqamaRenewalFee mohammed rajesh', 'IqamaRenewalFee mohammed karim', 'RenewIqama mohammed karim', 'IqamaRenewalFee omar fatima']);
  });

  it('names the household, prices each iqama by relation, and bills each charge on its own line', async () => {
    await step('MyFamily', 'mohammed');
    await step('IqamaRenewalFee', 'mohammed', 'rajesh');
    await step('IqamaRenewalFee', 'mohammed', 'karim');
    await step('RenewIqama', 'mohammed', 'karim');
    await step('IqamaRenewalFee', 'omar', 'fatima');
  });
});
