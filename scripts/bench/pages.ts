/**
 * The pages `npm run bench` loads, and the tiny local server that serves them with the built
 * drop-in bundle under /cdn/. The baseline is the same checklist (same words, same items) written
 * as plain HTML with a few lines of inline script that update the same status sentence.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileContentFile, type Checklist } from '../../src/content/kinds.js';

const page = (title: string, head: string, body: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

const dropIn = '<script type="module" src="/cdn/stall-elements.js"></script>';

export const checklistPage = () => page('Checklist (stall-elements)', dropIn, '<stall-checklist></stall-checklist>');

/** The same page on a practice's own bundle (`stall-elements build`), served under /practice/. */
export const practiceChecklistPage = () =>
  page('Checklist (stall-elements build)', '<script type="module" src="/practice/stall-elements.js"></script>', '<stall-checklist></stall-checklist>');

/** The same page on a bundle built for the checklist alone (`stall-elements build --tags stall-checklist`), under /tags/. */
export const tagsChecklistPage = () =>
  page('Checklist (stall-elements build --tags)', '<script type="module" src="/tags/stall-elements.js"></script>', '<stall-checklist></stall-checklist>');

/** The bundled checklist's own file, loaded at run time through `src` (served under /files/). */
export const srcChecklistPage = () => page('Checklist from a file (stall-elements, src)', dropIn, '<stall-checklist src="/files/stalling-signs.en.md"></stall-checklist>');

/** One component alone on the page, with its one needed attribute (an article's id). */
export const componentPage = (tag: string, article?: string) =>
  page(`<${tag}> alone (stall-elements)`, dropIn, `<${tag}${article ? ` article="${article}"` : ''}></${tag}>`);

export const articlePage = (id: string) => page('Article (stall-elements)', dropIn, `<stall-article article="${id}"></stall-article>`);

/**
 * The check-in with 30 kept check-ins, put into storage by the page before the bundle loads, as a
 * visitor who chose "Keep my check-ins on this device" months ago would have them.
 */
export const progressPage = () => {
  const checkins = Array.from({ length: 30 }, (_, i) => ({
    id: `bench-checkin-${String(i).padStart(2, '0')}`,
    savedAt: new Date(Date.UTC(2026, 0, 1 + 7 * i)).toISOString(),
    answers: { coping: 3 + (i % 5), heard: 6 + (i % 3), mattered: 5, fit: 4 + (i % 4) },
  }));
  const seed = `<script>localStorage.setItem('stall-elements:progress:session-checkin', ${JSON.stringify(JSON.stringify(checkins))});</script>`;
  return page('Check-in (stall-elements)', `${seed}\n${dropIn}`, '<stall-progress></stall-progress>');
};

const escape = (value: string) => value.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** The bundled English checklist as plain HTML, updating "Signs ticked: n of N. Themes…" on change. */
export function baselinePage(root: string): string {
  const read = (file: string) => compileContentFile(file, readFileSync(path.join(root, file), 'utf8'));
  const checklist = read('content/checklists/stalling-signs.en.md') as Checklist;
  const strings = read('content/ui/checklist.en.md') as { privacyNote: string; statusCount: string; statusThemes: string; notDiagnosis: string };
  const items = checklist.items
    .map((item) => `<li><label><input type="checkbox" value="${item.id}"${item.risk ? ' data-risk' : ''}> <span>${escape(item.text)}</span></label></li>`)
    .join('\n');
  const themes = Object.fromEntries(checklist.themes.map((theme) => [theme.id, theme.title]));
  const itemThemes = Object.fromEntries(checklist.items.map((item) => [item.id, item.themes ?? []]));
  const script = `
const themes = ${JSON.stringify(themes)}, itemThemes = ${JSON.stringify(itemThemes)}, total = ${checklist.items.filter((item) => !item.risk).length};
document.querySelector('fieldset').addEventListener('change', () => {
  const ticked = [...document.querySelectorAll('input:checked:not([data-risk])')].map((box) => box.value);
  const counts = {};
  for (const id of ticked) for (const theme of itemThemes[id]) counts[theme] = (counts[theme] || 0) + 1;
  const ranked = Object.keys(themes).filter((id) => counts[id]).sort((a, b) => counts[b] - counts[a]).map((id) => themes[id]);
  document.querySelector('[role=status]').textContent = ${JSON.stringify(strings.statusCount)}.replace('{count}', ticked.length).replace('{total}', total)
    + (ranked.length ? ' ' + ${JSON.stringify(strings.statusThemes)}.replace('{themes}', ranked.join('; ')) : '') + ' ' + ${JSON.stringify(strings.notDiagnosis)};
});`;
  const body = `<section>
<h2>${escape(checklist.title)}</h2>
${checklist.introHtml}
<fieldset>
<legend>${escape(checklist.legend)}</legend>
<p>${escape(strings.privacyNote)}</p>
<ul>
${items}
</ul>
</fieldset>
<div role="status"></div>
</section>
<script>${script}</script>`;
  return page('Checklist (plain HTML baseline)', '<style>ul{list-style:none;padding:0}label{display:flex;gap:.5rem;padding:.25rem 0}input{width:24px;height:24px}</style>', body);
}

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

/** Gzipped bodies by their text, or a file's by its SHA-1 (each request reads the file afresh). */
const gzipped = new Map<string, Buffer>();

/**
 * Answers with `body`, gzipped when the browser accepts it, as any web host or CDN serves text: the
 * bench's byte counts are gzipped, and Lighthouse simulates its slow 4G from the bytes it saw
 * travel, so raw bytes would weigh each page by its uncompressed size. Compressed once per body.
 */
export function send(request: IncomingMessage, response: ServerResponse, type: string, body: string | Buffer, cache = 'no-store'): void {
  const headers: Record<string, string> = { 'content-type': type, 'cache-control': cache, vary: 'accept-encoding' };
  if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return void response.writeHead(200, headers).end(body);
  const key = typeof body === 'string' ? body : createHash('sha1').update(body).digest('base64');
  let packed = gzipped.get(key);
  if (!packed) gzipped.set(key, (packed = gzipSync(body)));
  response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(packed);
}

/** Serves `pages` by path, the built bundle under /cdn/ and other folders under their `mounts` prefix, on 127.0.0.1 only. */
export async function serve(pages: Record<string, string>, cdnDir: string, mounts: Record<string, string> = {}): Promise<BenchServer> {
  const folders = Object.entries({ '/cdn/': cdnDir, ...mounts });
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (Object.hasOwn(pages, url.pathname)) return send(request, response, 'text/html; charset=utf-8', pages[url.pathname]);
    const [prefix, dir] = folders.find(([start]) => url.pathname.startsWith(start)) ?? [];
    if (prefix && dir) {
      const file = path.join(dir, path.normalize(url.pathname.slice(prefix.length)));
      if (file.startsWith(dir + path.sep)) {
        try {
          return send(request, response, 'text/javascript; charset=utf-8', readFileSync(file));
        } catch {
          // fall through to 404
        }
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
