import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import type { Config } from '../config';
import { ormOptions } from '../db/orm';
import { REPO_ROOT } from '../shared/paths';

/**
 * `npm run db:migration:create -- NAME`: for each dialect, applies the committed migrations to a
 * scratch database, diffs it against the entities and writes what changed as a new migration
 * (then regenerates that dialect's index). Needs the local PostgreSQL for the PostgreSQL half
 * (MIGRATION_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres).
 */
const SOURCE_ROOT = path.join(REPO_ROOT, 'server', 'db', 'migrations');

async function createFor(dialect: 'sqlite' | 'postgresql', database: Config['database'], name: string) {
  const dir = path.join(SOURCE_ROOT, dialect);
  const orm = await MikroORM.init(ormOptions(database));
  let statements: string[];
  try {
    await orm.getMigrator().up();
    const { up } = await orm.schema.getUpdateSchemaMigrationSQL({ wrap: false });
    statements = splitStatements(up);
    if (dialect === 'sqlite') statements = await withoutNoOpRebuilds(orm, statements);
  } finally {
    await orm.close();
  }
  if (!statements.length) {
    process.stdout.write(`${dialect}: entities and migrations agree; nothing written\n`);
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const className = `Migration${stamp}_${name}`;
  writeFileSync(
    path.join(dir, `${className}.ts`),
    `import { Migration } from '@mikro-orm/migrations';\n\nexport class ${className} extends Migration {\n  override async up(): Promise<void> {\n${statements
      .map((sql) => `    this.addSql(${JSON.stringify(sql)});`)
      .join('\n')}\n  }\n}\n`,
  );
  process.stdout.write(`${dialect}: wrote ${className}.ts (${statements.length} statements)\n`);
  writeIndex(dir, dialect);
}

/** One statement per entry; SQLite runs only the first statement of a string it is given. */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*\n/)
    .flatMap((s) => (/^\s*pragma/i.test(s) ? s.split(';') : [s]))
    .map((s) => s.trim().replace(/;$/, ''))
    .filter(Boolean)
    .map((s) => `${s};`);
}

/**
 * MikroORM cannot read SQLite's enum CHECK constraints back, so its diff rebuilds every table that
 * has one (create `t__temp_alter`, copy, drop, rename, re-index) although nothing changed. A
 * rebuild whose new table is exactly the table as it stands is dropped; real changes stay.
 */
async function withoutNoOpRebuilds(orm: MikroORM, statements: string[]): Promise<string[]> {
  const current = new Map<string, string>();
  const rows = await orm.em.getConnection().execute<{ name: string; sql: string }[]>("select name, sql from sqlite_master where type = 'table'");
  for (const row of rows) current.set(row.name, normalise(row.sql));
  const kept: string[] = [];
  for (let i = 0; i < statements.length; i++) {
    const create = /^create table `(\w+)__temp_alter` /i.exec(statements[i]);
    const table = create?.[1];
    if (table && current.get(table) === normalise(statements[i].replace(`${table}__temp_alter`, table))) {
      // Skip the block: this create, the copy, drop and rename, the indexes re-created on the
      // same table, and the pragma pair around it.
      if (/^pragma foreign_keys = off/i.test(kept[kept.length - 1] ?? '')) kept.pop();
      i++;
      while (i < statements.length && !/^pragma foreign_keys = on/i.test(statements[i])) i++;
      continue;
    }
    kept.push(statements[i]);
  }
  return kept;
}

/**
 * A `create table` as a comparable text: quotes, spacing and case aside, and its column and
 * constraint definitions in a fixed order. A column added later sits at the end of the table as
 * SQLite stores it, while the entity declares it in its place: the same table either way.
 */
function normalise(sql: string): string {
  const flat = sql.replace(/[`"]/g, '').replace(/\s+/g, ' ').replace(/;$/, '').trim().toLowerCase();
  const open = flat.indexOf('(');
  const close = flat.lastIndexOf(')');
  if (open < 0 || close < open) return flat;
  const parts: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < close; i++) {
    if (flat[i] === '(') depth++;
    else if (flat[i] === ')') depth--;
    else if (flat[i] === ',' && depth === 0) {
      parts.push(flat.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(flat.slice(start, close).trim());
  return `${flat.slice(0, open).trim()} (${parts.sort().join(', ')})${flat.slice(close + 1)}`;
}

function writeIndex(dir: string, dialect: string): void {
  const files = readdirSync(dir)
    .filter((f) => /^Migration\d+_\w+\.ts$/.test(f))
    .sort();
  const imports = files.map((f) => `import { ${className(dir, f)} } from './${f.replace(/\.ts$/, '')}';`).join('\n');
  const list = files.map((f) => `  { name: '${f.replace(/\.ts$/, '')}', class: ${className(dir, f)} },`).join('\n');
  writeFileSync(
    path.join(dir, 'index.ts'),
    `import type { MigrationObject } from '@mikro-orm/core';\n${imports}\n\n/** Applied in order; generated by \`npm run db:migration:create\`, then reviewed and committed. */\nexport const ${dialect}Migrations: MigrationObject[] = [\n${list}\n];\n`,
  );
}

function className(dir: string, file: string): string {
  const source = readFileSync(path.join(dir, file), 'utf8');
  return /export class (\w+)/.exec(source)![1];
}

async function main() {
  const name = (process.argv[2] ?? '').replace(/\W+/g, '_');
  if (!name) throw new Error('usage: npm run db:migration:create -- NAME');
  const scratch = mkdtempSync(path.join(tmpdir(), 'absher-migrations-'));
  try {
    await createFor('sqlite', { kind: 'sqlite', path: path.join(scratch, 'scratch.sqlite') }, name);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const admin = process.env.MIGRATION_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const scratchDb = `absher_migration_scratch_${process.pid}`;
  const pg = await MikroORM.init({ ...ormOptions({ kind: 'postgresql', url: admin }), entities: [], discovery: { warnWhenNoEntities: false } });
  await pg.em.getConnection().execute(`create database ${scratchDb}`);
  try {
    const url = new URL(admin);
    url.pathname = `/${scratchDb}`;
    await createFor('postgresql', { kind: 'postgresql', url: url.toString() }, name);
  } finally {
    await pg.em.getConnection().execute(`drop database if exists ${scratchDb}`);
    await pg.close();
  }
  // Written in the repository's style, so `npm run lint` passes on what was generated.
  execFileSync(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), '--write', '--log-level', 'warn', 'server/db/migrations'], { stdio: 'inherit' });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
