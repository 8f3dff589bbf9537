import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isScalarType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema, printContract } from '../server/schema';

describe('the committed schema is the contract', () => {
  it('is exactly what the code produces (run `npm run schema:emit` after changing the API)', async () => {
    const committed = readFileSync(path.join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8');
    expect(printContract(await buildAppSchema())).toBe(committed);
  });

  it('names the specification of every custom scalar (@specifiedBy), so clients know its format exactly', async () => {
    const custom = Object.values((await buildAppSchema()).getTypeMap()).filter((t) => isScalarType(t) && !isSpecifiedScalarType(t));
    expect(custom.map((t) => t.name)).toEqual(expect.arrayContaining(['DateTimeISO', 'LocalDate']));
    for (const scalar of custom) expect(isScalarType(scalar) && scalar.specifiedByURL, scalar.name).toMatch(/^https:\/\/scalars\.graphql\.org\//);
  });
});
