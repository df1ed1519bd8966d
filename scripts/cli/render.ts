/**
 * `stall-elements render <page.html>… --out <dir> [--content <dir>] [--head]`: writes each page
 * into `--out` (at the same path relative to the working folder, or by its name when it is outside
 * it) with its `stall-*` elements prerendered (scripts/render/render-page.ts), and the components'
 * stylesheets into `<out>/stall-prerender/`, linked from their shadow roots so that a
 * Content-Security-Policy with `style-src 'self'` allows them. A page without `stall-*` elements is
 * copied unchanged.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface RenderCall {
  pages: string[];
  out: string;
  content?: string;
  head: boolean;
}

/** The folder of the stylesheets inside `--out`. */
export const STYLES_DIR = 'stall-prerender';

function outputPath(page: string, out: string): string {
  const relative = path.relative(process.cwd(), path.resolve(page));
  const inside = relative && !relative.startsWith('..') && !path.isAbsolute(relative);
  return path.join(out, inside ? relative : path.basename(page));
}

export async function render({ pages, out, content, head }: RenderCall, write: (line: string) => void): Promise<number> {
  const missing = pages.filter((page) => !existsSync(page));
  if (missing.length) {
    write(`stall-elements render: no such file: ${missing.join(', ')}`);
    return 1;
  }
  const targets = pages.map((page) => ({ page, target: outputPath(page, out) }));
  const clash = targets.find(({ page, target }) => path.resolve(page) === path.resolve(target));
  if (clash) {
    write(`stall-elements render: --out would overwrite ${clash.page}: choose another folder`);
    return 2;
  }
  const { PageRenderer } = await import('../render/render-page.js');
  let renderer: import('../render/render-page.js').PageRenderer;
  try {
    renderer = await PageRenderer.open(content);
  } catch (error) {
    write(error instanceof Error ? error.message : String(error));
    return 1;
  }
  try {
    for (const { page, target } of targets) {
      const html = readFileSync(page, 'utf8');
      const styles = path.relative(path.dirname(target), path.join(out, STYLES_DIR)).split(path.sep).join('/');
      let rendered: string;
      try {
        rendered = await renderer.render(html, { head, stylesheets: `${styles}/`, warn: (message) => write(`warning: ${page}: ${message}`) });
      } catch (error) {
        write(`${page}: could not prerender: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, rendered);
      write(`${page} → ${target}${rendered === html ? ' (no stall-* elements: copied unchanged)' : ''}`);
    }
    const sheets = renderer.stylesheets();
    if (sheets.size) mkdirSync(path.join(out, STYLES_DIR), { recursive: true });
    for (const [file, css] of sheets) writeFileSync(path.join(out, STYLES_DIR, file), css);
    if (sheets.size) write(`stylesheets → ${path.join(out, STYLES_DIR)}/ (serve them with the pages)`);
    return 0;
  } finally {
    await renderer.close();
  }
}
