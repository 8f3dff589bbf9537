import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import { expect } from 'vitest';
import { REPO_ROOT } from '../../server/shared/paths';
import { shape } from './client-guide';
import type { GraphQLClient } from './graphql-client';

/** A "## Walkthrough: …" section of docs/demo-data.md, read as the test runs: its operations, variables and answers. */
export function walkthrough(title: string) {
  const text = readFileSync(path.join(REPO_ROOT, 'docs', 'demo-data.md'), 'utf8');
  const start = text.indexOf(`## Walkthrough: ${title}`);
  const rest = text.slice(start + 3);
  const section = rest.slice(0, rest.search(/\n## /) < 0 ? undefined : rest.search(/\n## /));
  const blocks = (info: string) => [...section.matchAll(new RegExp('```' + info + '\\n([\\s\\S]*?)```', 'g'))];
  const operations = new Map(blocks('graphql').map(([, op]) => [(parse(op).definitions[0] as OperationDefinitionNode).name!.value, op]));
  const variables = new Map(blocks('json variables (\\w+)').map(([, name, json]) => [name, JSON.parse(json) as Record<string, unknown>]));
  const answers = new Map(blocks('json answer (\\w+) (\\w+)').map(([, name, who, json]) => [`${name} ${who}`, JSON.parse(json) as unknown]));
  return { found: start >= 0, operations, variables, answers };
}

/**
 * Runs a walkthrough's steps: the doc's operation as `who` with its variables (`…` filled by
 * `fill`), checking the answer the doc shows for it (`…` there matches any value).
 */
export function walkthroughSteps(doc: ReturnType<typeof walkthrough>, as: Record<string, GraphQLClient>) {
  return async (name: string, who: string, fill: Record<string, string> = {}): Promise<unknown> => {
    const given = JSON.stringify(doc.variables.get(name) ?? {}).replace(/"(\w+)":"…"/g, (_m, key: string) => `"${key}":${JSON.stringify(fill[key])}`);
    const res = await as[who].raw({ query: doc.operations.get(name), variables: JSON.parse(given) });
    expect(doc.answers.has(`${name} ${who}`), `${name} ${who}`).toBe(true);
    expect({ data: res.data, errors: res.errors }).toMatchObject(shape(doc.answers.get(`${name} ${who}`)) as object);
    return res.data as unknown;
  };
}
