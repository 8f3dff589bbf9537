// Fails the client build when the JavaScript a first visit downloads (the entry chunk and every
// chunk it imports statically, not the lazily loaded pages) is over the budget, gzipped. The budget
// counts gzip, the encoding every browser accepts; browsers that accept brotli (all current ones)
// receive the smaller .br the build wrote beside each file, reported alongside.
// `node client/scripts/check-bundle-size.mjs [dist]` (default client/dist).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 200 * 1024;
// Operation documents a first visit may carry: the shell's own (session refresh and sign-out, the
// language switch, unread notifications, the services menu and search: 8 today). Every other
// operation belongs in its page's chunk (client/codegen/split-operations.cjs); all ~90 of them in
// the first download once cost ~150 kB of object literals evaluated on every page.
const INITIAL_OPERATIONS = 12;
const dist = process.argv[2] ? path.resolve(process.argv[2]) : path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));

const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
// The entry starts the portal's code with import() (client/src/main.tsx: fetched at once, run in
// steps): what it imports dynamically is part of the first download too.
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isEntry) continue;
  visit(key);
  for (const imported of chunk.dynamicImports ?? []) visit(imported);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let total = 0;
let totalBrotli = 0;
const operations = [];
for (const file of initial) {
  const full = path.join(dist, file);
  for (const [, name] of readFileSync(full, 'utf8').matchAll(/kind:[`"']OperationDefinition[`"'],operation:[`"']\w+[`"'],name:\{kind:[`"']Name[`"'],value:[`"'](\w+)/g)) operations.push(name);
  const size = gzipSync(readFileSync(full), { level: 9 }).length;
  const brotli = existsSync(`${full}.br`) ? statSync(`${full}.br`).size : size;
  total += size;
  totalBrotli += brotli;
  process.stdout.write(`  ${file}  ${kb(size)} gzipped, ${kb(brotli)} brotli\n`);
}
const verdict = `initial JavaScript: ${kb(total)} gzipped, ${kb(totalBrotli)} brotli (budget ${BUDGET / 1024} KB gzipped)`;
if (operations.length > INITIAL_OPERATIONS) {
  process.stderr.write(
    `the first download carries ${operations.length} operation documents (${operations.join(', ')}), more than ${INITIAL_OPERATIONS}: a page's operations belong in its own chunk\n`,
  );
  process.exit(1);
}
process.stdout.write(`operation documents in it: ${operations.join(', ') || 'none'}\n`);
if (total > BUDGET) {
  process.stderr.write(`${verdict}: over budget\n`);
  process.exit(1);
}
process.stdout.write(`${verdict}\n`);
