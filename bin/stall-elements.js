#!/usr/bin/env node
// `npx stall-elements`: the authoring CLI. From the package (npm install, or a clone after
// `npm run build`) it runs the built file dist/cli/stall-elements.js; in a clone before a build it
// runs the TypeScript source through tsx (a devDependency), so the command works at once there too.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/stall-elements.js', import.meta.url);
const source = new URL('../scripts/cli.ts', import.meta.url);

let cli;
if (existsSync(built)) {
  cli = await import(built.href);
} else if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(source.href);
} else {
  console.error('stall-elements: the CLI is missing from this copy of the package (no dist/cli). Reinstall stall-elements.');
  process.exit(1);
}
process.exitCode = await cli.runCli(process.argv.slice(2));
