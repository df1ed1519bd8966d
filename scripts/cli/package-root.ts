/**
 * The folder of the stall-elements package the CLI runs from: `node_modules/stall-elements` once
 * installed, the clone when run from source. `stall-elements build` compiles the library's
 * `src/` and `content/` from there.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(from = fileURLToPath(import.meta.url)): string {
  for (let dir = path.dirname(from); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'stall-elements') return dir;
  }
  throw new Error(`cannot find the stall-elements package above ${from}`);
}

export function packageVersion(root = packageRoot()): string {
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}
