// `npm install` in a clone (the `prepare` script): links the package's own bin into
// node_modules/.bin, so `npx stall-elements …` works in the clone as it does where the package
// is installed. npm links the bins of dependencies only, never the project's own.
import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';

if (existsSync('node_modules')) {
  const { bin } = JSON.parse(readFileSync('package.json', 'utf8'));
  mkdirSync('node_modules/.bin', { recursive: true });
  for (const [name, target] of Object.entries(bin)) {
    const link = path.join('node_modules/.bin', name);
    // lstat, not existsSync: a link left dangling by a moved clone is still there to keep.
    const present = (() => {
      try {
        return Boolean(lstatSync(link));
      } catch {
        return false;
      }
    })();
    if (!present) symlinkSync(path.relative('node_modules/.bin', target), link);
  }
}
