/**
 * `stall-elements init [dir]`: a practice's content folder (default `stall-content/`) with a
 * README and one commented example of each kind, ready for `stall-elements build`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exampleArticle, exampleHeaders, practiceReadme } from './init-files.js';
import { packageRoot } from './package-root.js';

export const DEFAULT_INIT_DIR = 'stall-content';

/** The bundled files copied as examples, and the name each gets in the new folder. */
const COPIES: [kind: string, bundled: string, name: string][] = [
  ['checklists', 'stalling-signs.en.md', 'stalling-signs.en.md'],
  ['decisions', 'switch-therapist.en.md', 'switch-therapist.en.md'],
  ['ui', 'checklist.en.md', 'checklist.en.md'],
  ['crisis', 'gb.en.md', 'gb.en.md.example'],
];

/** A bundled file with a comment about its use in a practice's folder put after its opening `---`. */
function withHeader(source: string, header: string[]): string {
  const comment = header.map((line) => `# ${line}`).join('\n');
  return source.replace(/^---\r?\n/, (opening) => `${opening}${comment}\n`);
}

export function init(dir: string, write: (line: string) => void, root = packageRoot(), today = new Date().toISOString().slice(0, 10)): number {
  if (existsSync(dir) && readdirSync(dir).length) {
    write(`stall-elements init: ${dir} already exists and is not empty; nothing was changed. Name another folder: stall-elements init <dir>`);
    return 1;
  }
  const files = new Map<string, string>([['README.md', practiceReadme(dir.split(path.sep).join('/'))]]);
  for (const [kind, bundled, name] of COPIES) {
    files.set(`${kind}/${name}`, withHeader(readFileSync(path.join(root, 'content', kind, bundled), 'utf8'), exampleHeaders[kind]));
  }
  files.set('articles/our-approach.en.md', exampleArticle(today));
  for (const [name, text] of files) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  write(`Created ${dir}/ with a README and an example of each kind:`);
  for (const name of [...files.keys()].sort()) write(`  ${dir}/${name}`);
  write('');
  write(`Next: edit a file, then  npx stall-elements build --content ${dir} --out public/stall`);
  return 0;
}
