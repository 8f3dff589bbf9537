import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloClient } from '@apollo/client';
import { OperationDefinitionNode, parse } from 'graphql';
import { expect } from 'vitest';
import type { CostReport } from '../../server/http/query-cost';
import { REPO_ROOT } from '../../server/shared/paths';

/** docs/client-guide.md, read as the tests run: its code is what they execute. */
export const GUIDE = path.join(REPO_ROOT, 'docs', 'client-guide.md');

const guideText = () => readFileSync(GUIDE, 'utf8');
const blocks = (info: string) => [...guideText().matchAll(new RegExp('```' + info + '\\n([\\s\\S]*?)```', 'g'))];

/** The operations of the guide's ```graphql blocks, by name. */
export function guideOperations(): Map<string, string> {
  const byName = new Map<string, string>();
  for (const [, text] of blocks('graphql')) {
    const op = parse(text).definitions[0] as OperationDefinitionNode;
    byName.set(op.name!.value, text);
  }
  return byName;
}

/** The answers the guide shows (```json answer <Operation> <case>), keyed `<Operation> <case>`. */
export function guideAnswers(): Map<string, unknown> {
  const byCase = new Map<string, unknown>();
  for (const [, operation, name, text] of blocks('json answer (\\w+) ([\\w-]+)').map((m) => [m[0], m[1], m[2], m[3]])) {
    byCase.set(`${operation} ${name}`, JSON.parse(text));
  }
  return byCase;
}

/** What a shown answer asks of a real one: "…" is any value; objects may hold more than shown; arrays are exact. */
export function shape(expected: unknown): unknown {
  if (expected === '…') return expect.anything();
  if (Array.isArray(expected)) return expected.map(shape);
  if (expected && typeof expected === 'object') return Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, shape(v)]));
  return expected;
}

/** The guide's ```ts blocks, joined in order: one module. */
export function guideModuleSource(): string {
  return blocks('ts')
    .map((m) => m[1])
    .join('\n');
}

/**
 * Writes the guide's TypeScript as a module (under the git-ignored tests/artifacts, where its imports
 * resolve like the project's) and returns its path. Named by its content and written by rename, so
 * test files in parallel workers share one file safely.
 */
export function guideModuleFile(): string {
  const source = guideModuleSource();
  const dir = path.join(REPO_ROOT, 'tests', 'artifacts', 'client-guide');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `absher-client-${createHash('sha256').update(source).digest('hex').slice(0, 16)}.ts`);
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(partial, source);
  renameSync(partial, file);
  return file;
}

/** What the tests use of the guide's module (section 1): a change there that breaks a reader breaks them. */
export interface GuideClientModule {
  createAbsherClient(options?: { uri?: string; fetch?: typeof fetch; language?: () => string; onCost?: (operationName: string, cost: CostReport) => void; onSessionLost?: (reason: string) => void }): {
    client: ApolloClient;
    refresh(): Promise<boolean>;
    setAccessToken(token: string | null): void;
  };
  signedOutReason(error: unknown): 'TOKEN_EXPIRED' | 'TOKEN_INVALID' | 'SESSION_ENDED' | 'NO_TOKEN' | null;
}

export async function loadGuideClient(): Promise<GuideClientModule> {
  return (await import(/* @vite-ignore */ guideModuleFile())) as GuideClientModule;
}
