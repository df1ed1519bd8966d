/**
 * `npx stall-elements <command>`: the authoring CLI.
 * - `check <file.md>…`: checks content files (scripts/cli/check.ts).
 * - `init [dir]`: a practice's own content folder with an example of each kind (scripts/cli/init.ts).
 * - `build --out <dir> [--content <dir>] [--tags <tag,…>] [--watch]`: the drop-in bundle with that
 *   folder compiled in, its entry holding the tags named (scripts/cli/build.ts).
 * - `render <page.html>… --out <dir> [--content <dir>] [--head]`: the pages with their `stall-*`
 *   elements prerendered, readable without JavaScript (scripts/cli/render.ts).
 * A wrong call says what was wrong and exits 2; bad content exits 1.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { contentKinds } from '../src/content/kinds.js';
import { check } from './cli/check.js';
import { init, DEFAULT_INIT_DIR } from './cli/init.js';
import { closest, unknownChoice } from './cli/suggest.js';

const kinds = () => Object.keys(contentKinds);

export const USAGE = [
  `usage: stall-elements check [--json] [--kind <${kinds().join('|')}>] <file.md>…`,
  `       stall-elements init [dir]                       (default ${DEFAULT_INIT_DIR})`,
  '       stall-elements build --out <dir> [--content <dir>] [--tags <tag,…>] [--watch]',
  '       stall-elements render <page.html>… --out <dir> [--content <dir>] [--head]',
].join('\n');

/** Each command's switches, its options that take a value, and what else it accepts. */
const COMMANDS = {
  check: { flags: ['--json'], options: ['--kind'], positional: 'files' },
  init: { flags: [], options: [], positional: 'dir' },
  build: { flags: ['--watch'], options: ['--content', '--out', '--tags'], positional: 'none' },
  render: { flags: ['--head'], options: ['--content', '--out'], positional: 'files' },
} as const;
type Command = keyof typeof COMMANDS;

export interface Call {
  command: Command;
  flags: Set<string>;
  options: Map<string, string>;
  positional: string[];
}

class UsageError extends Error {}

/** Reads the arguments, or throws a UsageError saying what is wrong with them. */
export function parseCall(argv: string[]): Call {
  const [name, ...rest] = argv;
  if (!name) throw new UsageError('say what to do: check, init, build or render');
  if (!(name in COMMANDS)) throw new UsageError(unknownChoice('command', name, Object.keys(COMMANDS)));
  const command = name as Command;
  const spec = COMMANDS[command];
  const call: Call = { command, flags: new Set(), options: new Map(), positional: [] };
  const known: readonly string[] = [...spec.flags, ...spec.options];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) {
      call.positional.push(arg);
      continue;
    }
    const [option, inline] = arg.split(/=(.*)/s);
    if ((spec.flags as readonly string[]).includes(option)) {
      call.flags.add(option);
    } else if ((spec.options as readonly string[]).includes(option)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${option} needs a value`);
      call.options.set(option, value);
    } else {
      const guess = closest(option, known);
      throw new UsageError(`${command} has no option ${option}${guess ? `: did you mean ${guess}?` : known.length ? ` (it takes ${known.join(', ')})` : ''}`);
    }
  }
  const kind = call.options.get('--kind');
  if (kind !== undefined && !(kind in contentKinds)) throw new UsageError(`--kind: ${unknownChoice('kind', kind, kinds())}`);
  if (command === 'check' && !call.positional.length) throw new UsageError('check needs at least one file: stall-elements check <file.md>');
  if (command === 'init' && call.positional.length > 1) throw new UsageError(`init takes one folder, not ${call.positional.length}`);
  if (command === 'build') {
    if (call.positional.length) throw new UsageError(`build takes no file names (got ${call.positional.join(' ')}): name the folder with --content <dir>`);
    if (!call.options.has('--out')) throw new UsageError('build needs --out <dir>: where to write stall-elements.js and chunks/');
    if (call.flags.has('--watch') && !call.options.has('--content')) throw new UsageError('build --watch needs --content <dir>: the folder to watch');
  }
  if (command === 'render') {
    if (!call.positional.length) throw new UsageError('render needs at least one page: stall-elements render <page.html> --out <dir>');
    if (!call.options.has('--out')) throw new UsageError('render needs --out <dir>: where to write the prerendered pages');
  }
  return call;
}

/** `check` and `init` (and wrong calls), at once. `build` and `render` are asynchronous: see runCli. */
export function main(argv: string[], write = (line: string) => console.log(line)): number {
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    write(USAGE);
    return 0;
  }
  let call: Call;
  try {
    call = parseCall(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    write(`stall-elements: ${error.message}`);
    write(USAGE);
    return 2;
  }
  if (call.command === 'check') return check(call.positional, { kind: call.options.get('--kind'), json: call.flags.has('--json') }, write);
  if (call.command === 'init') return init(call.positional[0] ?? DEFAULT_INIT_DIR, write);
  write(`stall-elements ${call.command} runs through runCli`);
  return 2;
}

/** Every command, `build` included: what the installed bin runs. */
export async function runCli(argv: string[], write = (line: string) => console.log(line)): Promise<number> {
  if (argv[0] !== 'build' && argv[0] !== 'render') return main(argv, write);
  let call: Call;
  try {
    call = parseCall(argv);
  } catch {
    return main(argv, write); // prints what is wrong with the call
  }
  // Loaded only for build and render: they bring in Vite.
  if (call.command === 'render') {
    const { render } = await import('./cli/render.js');
    return render({ pages: call.positional, out: call.options.get('--out')!, content: call.options.get('--content'), head: call.flags.has('--head') }, write);
  }
  const { build } = await import('./cli/build.js');
  const tags = call.options.get('--tags')?.split(',').map((tag) => tag.trim()).filter(Boolean);
  return build({ content: call.options.get('--content'), out: call.options.get('--out')!, tags, watch: call.flags.has('--watch') }, write);
}

function invokedDirectly(): boolean {
  try {
    return !!process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (invokedDirectly()) process.exitCode = await runCli(process.argv.slice(2));
