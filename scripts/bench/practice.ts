/**
 * Bundles built by `stall-elements build` for `npm run bench`: a practice's own (a content folder as
 * `stall-elements init` leaves it, its checklist (the bundled one, with one item reworded, so the
 * same number of items) edited), and one built for the checklist alone (`--tags stall-checklist`).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildOrThrow } from '../cli/build.js';

export const PRACTICE_ITEM = 'Our talks keep looping back to the same place.';

export async function buildPracticeBundle(root: string, workDir: string): Promise<{ outDir: string; items: number }> {
  const content = path.join(workDir, 'practice-content');
  const outDir = path.join(workDir, 'practice');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(path.join(content, 'checklists'), { recursive: true });
  const source = readFileSync(path.join(root, 'content/checklists/stalling-signs.en.md'), 'utf8');
  const [, firstItem] = /^ {4}text: (.+)$/m.exec(source)!;
  const items = /^items:\n([\s\S]*?)^\S/m.exec(source)![1].match(/^ {2}- id:/gm)!.length;
  writeFileSync(path.join(content, 'checklists/stalling-signs.en.md'), source.replace(firstItem, JSON.stringify(PRACTICE_ITEM)));
  await buildOrThrow({ content, out: outDir }, root);
  return { outDir, items };
}

/** The library's content, built for `tags` (`stall-elements build --tags`) into `workDir/tags`. */
export async function buildTagsBundle(root: string, workDir: string, tags: string[]): Promise<string> {
  const outDir = path.join(workDir, 'tags');
  await buildOrThrow({ out: outDir, tags }, root);
  return outDir;
}
