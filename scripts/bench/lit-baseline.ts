/**
 * The second baseline of `npm run bench`: one hand-written `LitElement` rendering the same
 * checklist (same words, same items, same status sentence) as the plain-HTML page, bundled and
 * minified with lit alone, the checklist's data inlined as the plain page inlines it. Each run then
 * shows how close the library comes to what Lit itself allows.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { compileContentFile, type Checklist } from '../../src/content/kinds.js';

/** The module of the hand-written element; `DATA` is replaced by the checklist and its strings. */
const ELEMENT = `import { LitElement, html, css } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
const data = DATA;
class HandWrittenChecklist extends LitElement {
  static properties = { ticked: { state: true } };
  static styles = css\`:host{display:block}ul{list-style:none;padding:0}label{display:flex;gap:.5rem;padding:.25rem 0}input{width:24px;height:24px}\`;
  constructor() { super(); this.ticked = []; }
  onChange() {
    this.ticked = [...this.renderRoot.querySelectorAll('input:checked:not([data-risk])')].map((box) => box.value);
  }
  status() {
    if (!this.ticked.length) return '';
    const counts = {};
    for (const id of this.ticked) for (const theme of data.itemThemes[id]) counts[theme] = (counts[theme] || 0) + 1;
    const ranked = Object.keys(data.themes).filter((id) => counts[id]).sort((a, b) => counts[b] - counts[a]).map((id) => data.themes[id]);
    return data.statusCount.replace('{count}', this.ticked.length).replace('{total}', data.total)
      + (ranked.length ? ' ' + data.statusThemes.replace('{themes}', ranked.join('; ')) : '') + ' ' + data.notDiagnosis;
  }
  render() {
    return html\`<section>
      <h2>\${data.title}</h2>
      \${unsafeHTML(data.introHtml)}
      <fieldset @change=\${this.onChange}>
        <legend>\${data.legend}</legend>
        <p>\${data.privacyNote}</p>
        <ul>\${data.items.map((item) => html\`<li><label><input type="checkbox" value=\${item.id} ?data-risk=\${item.risk}> <span>\${item.text}</span></label></li>\`)}</ul>
      </fieldset>
      <div role="status">\${this.status()}</div>
    </section>\`;
  }
}
customElements.define('hand-written-checklist', HandWrittenChecklist);
`;

/** Builds the hand-written element into `outDir/hand-written.js`; returns the page that loads it from `/lit/`. */
export async function buildLitBaseline(root: string, outDir: string): Promise<{ page: string; file: string }> {
  const read = (file: string) => compileContentFile(file, readFileSync(path.join(root, file), 'utf8'));
  const checklist = read('content/checklists/stalling-signs.en.md') as Checklist;
  const strings = read('content/ui/checklist.en.md') as { privacyNote: string; statusCount: string; statusThemes: string; notDiagnosis: string };
  const data = {
    title: checklist.title,
    introHtml: checklist.introHtml,
    legend: checklist.legend,
    privacyNote: strings.privacyNote,
    items: checklist.items.map((item) => ({ id: item.id, text: item.text, risk: Boolean(item.risk) })),
    themes: Object.fromEntries(checklist.themes.map((theme) => [theme.id, theme.title])),
    itemThemes: Object.fromEntries(checklist.items.map((item) => [item.id, item.themes ?? []])),
    total: checklist.items.filter((item) => !item.risk).length,
    statusCount: strings.statusCount,
    statusThemes: strings.statusThemes,
    notDiagnosis: strings.notDiagnosis,
  };
  const entryDir = path.join(outDir, '..', 'lit-entry');
  mkdirSync(entryDir, { recursive: true });
  const entry = path.join(entryDir, 'hand-written.js');
  writeFileSync(entry, ELEMENT.replace('DATA', JSON.stringify(data)));
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => 'hand-written.js' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Checklist (one hand-written LitElement)</title>
<script type="module" src="/lit/hand-written.js"></script>
</head>
<body>
<main>
<hand-written-checklist></hand-written-checklist>
</main>
</body>
</html>
`;
  return { page, file: path.join(outDir, 'hand-written.js') };
}
