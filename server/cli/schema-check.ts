import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { REPO_ROOT } from '../shared/paths';

/**
 * `npm run schema:check`: the breaking changes between the last released contract
 * (`schema/baseline.graphql`) and the current one (`schema/schema.graphql`), by
 * @graphql-inspector/core. Each must be recorded in CHANGELOG.md's "Unreleased" section, which names
 * its path (`Query.myBills`, `RegisterPayload.errors`, `UserErrorCode`); an unrecorded one fails the
 * check. At a release the baseline becomes the released schema and "Unreleased" gets a version.
 */
async function main(): Promise<void> {
  const read = (file: string) => buildSchema(readFileSync(path.join(REPO_ROOT, file), 'utf8'));
  const changes = await diff(read('schema/baseline.graphql'), read('schema/schema.graphql'));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const changelog = readFileSync(path.join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
  const unreleased = /## Unreleased\n([\s\S]*?)(?=\n## |$)/.exec(changelog)?.[1] ?? '';
  const recorded = (p: string) => new RegExp(`\`${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\``).test(unreleased);
  const missing = breaking.filter((c) => !recorded(c.path ?? ''));
  for (const change of breaking) process.stdout.write(`${recorded(change.path ?? '') ? 'recorded  ' : 'UNRECORDED'} ${change.path}: ${change.message}\n`);
  process.stdout.write(`${breaking.length} breaking change(s) since the baseline, ${missing.length} not recorded in CHANGELOG.md (Unreleased)\n`);
  if (missing.length) process.exit(1);
}

main().catch((error: unknown) => {
  process.stderr.write(`schema:check failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
