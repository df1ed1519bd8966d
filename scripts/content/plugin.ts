/**
 * The content pipeline as a Vite/rollup plugin: at build start it checks every file under
 * `content/` (also files nothing imports yet) and fails naming the file, line, field and reason;
 * an imported `content/**\/*.md` becomes a JS module with the compiled data, so the shipped code
 * needs neither zod nor marked for bundled content. The same plugin serves Vite, Storybook and
 * (through `fromRollup`) the test runner.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compileContentFile } from '../../src/content/kinds.js';
import { checkAllContent } from './check.js';

export interface StallContentOptions {
  /** The project root holding `content/`; defaults to the working directory. */
  root?: string;
}

export function stallContent({ root = process.cwd() }: StallContentOptions = {}): Plugin {
  const contentDir = path.join(root, 'content') + path.sep;
  return {
    name: 'stall-content',
    enforce: 'pre',
    buildStart() {
      const report = checkAllContent(root);
      for (const warning of report.warnings) this.warn(warning);
      if (report.errors.length) {
        // A plain message: authors need the file and field, not a stack trace.
        const error = new Error(`content check failed:\n${report.errors.join('\n')}`);
        error.stack = error.message;
        throw error;
      }
    },
    load(id) {
      const file = id.split('?')[0];
      if (!file.endsWith('.md') || !path.resolve(file).startsWith(contentDir)) return null;
      this.addWatchFile(file);
      const relative = path.relative(root, file).split(path.sep).join('/');
      const compiled = compileContentFile(relative, readFileSync(file, 'utf8'));
      return { code: `export default ${JSON.stringify(compiled)};\n`, map: null };
    },
  };
}
