import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAppSchema, printContract } from '../server/schema';

describe('the committed schema is the contract', () => {
  it('is exactly what the code produces (run `npm run schema:emit` after changing the API)', async () => {
    const committed = readFileSync(path.join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8');
    expect(printContract(await buildAppSchema())).toBe(committed);
  });
});
