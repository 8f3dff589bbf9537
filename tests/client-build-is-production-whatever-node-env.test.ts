import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient, CLIENT } from './helpers/client-build';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/**
 * `NODE_ENV=development npm start` builds the client with the shell's NODE_ENV: the build must
 * still be the production bundle (the one the size budget is for), or the start fails on the budget.
 */
describe.each(['development', 'test'])('the client build with NODE_ENV=%s', (nodeEnv) => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), 'absher-client-build-'));
    buildClient({ outDir: out, env: { NODE_ENV: nodeEnv } });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is the production bundle: React without its development runtime, within the size budget', () => {
    const scripts = files(out).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    for (const script of scripts) expect(readFileSync(script, 'utf8'), path.basename(script)).not.toContain('jsxDEV');
    // The size check passes (it exits 1 over budget, which would throw here) and says so.
    const report = execFileSync(process.execPath, [path.join(CLIENT, 'scripts', 'check-bundle-size.mjs'), out], { encoding: 'utf8' });
    const [, gzipped] = /initial JavaScript: ([\d.]+) KB gzipped/.exec(report)!;
    expect(Number(gzipped)).toBeLessThan(200);
  });

  it('writes brotli and gzip twins of every script, stylesheet and page, decoding to the same bytes', () => {
    const compressible = files(out).filter((f) => /\.(js|css|html)$/.test(f));
    expect(compressible.some((f) => f.endsWith('index.html'))).toBe(true);
    for (const file of compressible) {
      const original = readFileSync(file);
      // A twin is left out only when compressing would not make the file smaller.
      if (existsSync(`${file}.br`)) expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(original), `${file}.br`).toBe(true);
      else expect(brotliCompressSync(original).length, `${file}.br missing`).toBeGreaterThanOrEqual(original.length);
      if (existsSync(`${file}.gz`)) expect(gunzipSync(readFileSync(`${file}.gz`)).equals(original), `${file}.gz`).toBe(true);
      else expect(gzipSync(original, { level: 9 }).length, `${file}.gz missing`).toBeGreaterThanOrEqual(original.length);
    }
  });
});
