import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, GraphQLSchema, Kind, parse, print, specifiedRules, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import * as clientDocuments from '../client/src/gql/graphql';
import { loadConfig } from '../server/config';
import { documentOverLimit, graphqlProtections } from '../server/http/hardening';
import { buildAppSchema } from '../server/schema';
import { COST_MAXIMUM, operationCost } from '../server/shared/cost';

/**
 * Every operation the web client sends passes the committed contract and the server's own
 * limits (graphql-armor depth, aliases; document size; cost with every page at its largest, whatever
 * the variables) — a fragment-heavy query can exceed the depth limit without anything else noticing
 * until a person presses a button.
 */
const schema = buildSchema(readFileSync(path.join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8'));
const rules = [...specifiedRules, ...graphqlProtections(loadConfig({ NODE_ENV: 'test', CAPTCHA: 'on' })).validationRules];

const operations = Object.entries(clientDocuments).filter((entry): entry is [string, DocumentNode] => {
  const value: unknown = entry[1];
  return (
    entry[0].endsWith('Document') &&
    typeof value === 'object' &&
    value !== null &&
    (value as DocumentNode).kind === Kind.DOCUMENT &&
    (value as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)
  );
});

describe('web client operations', () => {
  // The cost declarations live on the code's schema (field extensions), not in the SDL file.
  let costed: GraphQLSchema;
  beforeAll(async () => {
    costed = await buildAppSchema();
  });
  const largestCost = (document: DocumentNode) =>
    operationCost(
      costed,
      document,
      document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!,
      { largestPages: true },
    );

  it('are all found, and the check refuses what the server refuses', () => {
    expect(operations.length).toBeGreaterThan(40);
    const tooDeep = parse(`query { myRequests { edges { node { ...R } } } }
      fragment R on ServiceRequest { bill { ...B } }
      fragment B on Bill { items { amount { formatted } } }`);
    expect(
      validate(schema, tooDeep, rules)
        .map((e) => e.message)
        .join(),
    ).toMatch(/depth limit/i);
    const tooDear = parse(`{ ${Array.from({ length: 15 }, (_, i) => `a${i}: services { nodes { eligibility { eligible } } }`).join(' ')} }`);
    expect(largestCost(tooDear)).toBeGreaterThan(COST_MAXIMUM);
  });
  it.each(operations)('%s is valid and within the server limits', (_name, document) => {
    expect(validate(schema, document, rules).map((e) => e.message)).toEqual([]);
    expect(documentOverLimit(print(document))).toBeNull();
    expect(largestCost(document)).toBeLessThanOrEqual(COST_MAXIMUM);
  });
});
