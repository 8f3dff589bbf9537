import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '..');

/** Every GraphQL operation the README shows, split out of its ```graphql blocks. */
function readmeOperations(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  const operations: string[] = [];
  for (const block of blocks) {
    let current = '';
    let depth = 0;
    for (const line of block.split('\n')) {
      const code = line.replace(/#.*$/, '');
      if (!current && !/^\s*(query|mutation)\b/.test(code)) continue;
      current += `${code}\n`;
      depth += (code.match(/\{/g) ?? []).length - (code.match(/\}/g) ?? []).length;
      if (depth === 0 && current.includes('{')) {
        operations.push(current);
        current = '';
      }
    }
  }
  return operations;
}

describe('the README', () => {
  it('shows only operations that are valid against the committed schema', () => {
    const schema = buildSchema(readFileSync(path.join(ROOT, 'schema', 'schema.graphql'), 'utf8'));
    const operations = readmeOperations();
    expect(operations.length).toBeGreaterThan(10);
    for (const operation of operations) {
      expect({ operation, errors: validate(schema, parse(operation)).map((e) => e.message) }).toEqual({ operation, errors: [] });
    }
  });
});
