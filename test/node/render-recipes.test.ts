// The Eleventy and Astro recipes of docs/embedding.md, run as printed: each snippet is taken from
// the doc, its `stall-elements/render` import pointed at the source, and its hooks called the way
// Eleventy and Astro call them (stand-ins for their objects: the generators are not installed).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

const doc = readFileSync('docs/embedding.md', 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'stall-recipes-'));
const renderModule = pathToFileURL(path.resolve('scripts/render/render-page.ts')).href;

after(() => rmSync(dir, { recursive: true, force: true }));

/** The snippet marked `<!-- tried: name -->`, as a module file whose imports resolve here. */
function snippetModule(name: string, replacements: [string, string][] = []): string {
  const match = new RegExp(`<!-- tried: ${name} -->\\s*\`\`\`js\\n([\\s\\S]*?)\\n\`\`\``).exec(doc);
  assert.ok(match, `docs/embedding.md has the ${name} snippet`);
  let code = match[1].replace(`'stall-elements/render'`, `'${renderModule}'`);
  for (const [from, to] of replacements) {
    assert.ok(code.includes(from), `the ${name} snippet has ${from}`);
    code = code.replace(from, to);
  }
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  return pathToFileURL(file).href;
}

const page = '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"></head><body><stall-practice country="GB"><stall-article article="ending-well"></stall-article><stall-crisis-footer></stall-crisis-footer></stall-practice></body></html>';
const plain = '<!doctype html><p>About us</p>';

describe('docs/embedding.md recipes', () => {
  it('Eleventy: the transform prerenders HTML pages, and the stylesheets are written after the build', async () => {
    const transforms = new Map<string, (this: { page: { outputPath: string | false } }, content: string) => Promise<string>>();
    const listeners = new Map<string, (event: { dir: { output: string } }) => Promise<void>>();
    const eleventyConfig = { addTransform: (name: string, fn: never) => transforms.set(name, fn), on: (event: string, fn: never) => listeners.set(event, fn) };
    const { default: configure } = await import(snippetModule('eleventy'));
    configure(eleventyConfig);
    const transform = transforms.get('stall-elements')!;
    const rendered = await transform.call({ page: { outputPath: '_site/index.html' } }, page);
    assert.match(rendered, /<stall-crisis-footer><template shadowrootmode="open"><link rel="stylesheet" href="\/stall-prerender\/stall-crisis-footer.css">/);
    assert.match(rendered, /<title>Ending therapy well<\/title>/);
    assert.equal(await transform.call({ page: { outputPath: '_site/feed.xml' } }, page), page);
    assert.equal(await transform.call({ page: { outputPath: '_site/about/index.html' } }, plain), plain);
    const output = path.join(dir, '_site');
    await listeners.get('eleventy.after')!({ dir: { output } });
    assert.ok(existsSync(path.join(output, 'stall-prerender/stall-crisis-footer.css')));
  });

  it('Astro: the build hook prerenders every HTML file of the build', async () => {
    const out = path.join(dir, 'dist');
    mkdirSync(path.join(out, 'articles/ending-well'), { recursive: true });
    writeFileSync(path.join(out, 'articles/ending-well/index.html'), page);
    writeFileSync(path.join(out, 'index.html'), plain);
    const { default: config } = await import(snippetModule('astro', [["import { defineConfig } from 'astro/config';", 'const defineConfig = (config) => config;']]));
    await config.integrations[0].hooks['astro:build:done']({ dir: pathToFileURL(`${out}/`) });
    assert.match(readFileSync(path.join(out, 'articles/ending-well/index.html'), 'utf8'), /<h1 id="title" part="title">Ending therapy well<\/h1>/);
    assert.equal(readFileSync(path.join(out, 'index.html'), 'utf8'), plain);
    assert.ok(existsSync(path.join(out, 'stall-prerender/stall-article.css')));
  });
});
