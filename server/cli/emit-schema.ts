import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAppSchema, printContract } from '../schema';
import { REPO_ROOT } from '../shared/paths';

/** `npm run schema:emit`: writes the committed contract from the code (a test fails while they differ). */
export const CONTRACT_PATH = path.join(REPO_ROOT, 'schema', 'schema.graphql');

buildAppSchema().then(
  (schema) => {
    writeFileSync(CONTRACT_PATH, printContract(schema));
    process.stdout.write(`wrote ${path.relative(process.cwd(), CONTRACT_PATH)}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`schema:emit failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
