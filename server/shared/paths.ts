import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root, whether the code runs from source (swc, vitest) or from `dist/` (tsc). */
export const REPO_ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) || path.basename(dir) === 'dist') {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
})();
