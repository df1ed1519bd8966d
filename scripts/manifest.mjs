// Writes custom-elements.json from the source with @custom-elements-manifest/analyzer, or with
// `--check` fails when the committed file differs from what the source describes now.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

// The analyzer takes an output folder relative to the working directory.
const outdir = '.cache/cem';
mkdirSync(outdir, { recursive: true });
// The analyzer rewrites package.json's `customElements` to point at its output folder; the package
// ships the committed root file instead, so package.json is put back as it was.
const packageJson = readFileSync('package.json', 'utf8');
execFileSync(
  'node_modules/.bin/cem',
  ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.d.ts', '--outdir', outdir, '--quiet'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
writeFileSync('package.json', packageJson);
// The analyzer lists modules in the order the file system returns them, which differs between
// checkouts: sort them by path so the committed file is the same on every machine.
const manifest = JSON.parse(readFileSync(path.join(outdir, 'custom-elements.json'), 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
const fresh = `${JSON.stringify(manifest, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
  if (committed !== fresh) {
    console.error('custom-elements.json is out of date with the source: run `npm run analyze` and commit it.');
    process.exit(1);
  }
  console.log('custom-elements.json matches the source.');
} else {
  writeFileSync('custom-elements.json', fresh);
  console.log('wrote custom-elements.json');
}
