import { readFileSync } from 'node:fs';

/**
 * `node dist/server/bench/profile-summary.js FILE.cpuprofile`: where a CPU profile's time went, by
 * package and by function (self time). Take the profile with
 * `node --cpu-prof --cpu-prof-dir=/tmp/prof dist/server/main.js` under a bench load, then stop the
 * server with SIGINT.
 */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface Profile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples: number[];
  timeDeltas: number[];
}

const profile = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Profile;
const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const time = profile.timeDeltas[i] ?? 0;
  total += time;
  const frame = frames.get(id)!;
  const where = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/');
  const fn = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + time);
  const pkg = /^((@[^/]+\/)?[^/]+)\//.exec(where)?.[1] ?? (frame.url ? 'node' : frame.functionName);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + time);
});
const print = (title: string, rows: Map<string, number>, limit: number) => {
  process.stdout.write(`${title}\n`);
  for (const [name, time] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    process.stdout.write(`${((time / total) * 100).toFixed(1).padStart(6)}%  ${name}\n`);
  }
};
print('by package', byPackage, 20);
print('by function (self time)', byFunction, 40);
