// `renderPage` and `stall-elements render` in Node: what they write into a page and what they
// leave alone. What a browser shows of it is proven in test/built/render-in-chromium.test.ts.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../../scripts/cli.js';
import { init } from '../../scripts/cli/init.js';
import { PageRenderer } from '../../scripts/render/render-page.js';

const dir = mkdtempSync(path.join(tmpdir(), 'stall-render-node-'));
let renderer: PageRenderer;

before(async () => {
  renderer = await PageRenderer.open();
});

after(async () => {
  await renderer?.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = (body: string, lang = 'en-GB') => `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
/** The page with every inserted part taken out again: what `render` must leave as written. */
const withoutInserted = (html: string) => html.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>(<div slot="body" class="stall-article-content" data-prerendered="">[\s\S]*?<\/section>\s*<\/div>)?/g, '');

describe('renderPage', () => {
  it('leaves a page without stall-* elements exactly as it was', async () => {
    for (const html of [page('<p>Hello <b>there</p>'), '<p>no doctype &amp; <stall-unknown>x</stall-unknown>', page('<!-- <stall-checklist> in a comment -->')]) {
      assert.equal(await renderer.render(html), html);
    }
  });

  it('prerenders the footer with the practice’s settings, and adds only that', async () => {
    const html = page('<stall-practice country="GB" name="Harbour Therapy" phone="020 7946 0000">\n  <stall-crisis-footer class="mine" data-x="1"></stall-crisis-footer>\n</stall-practice>');
    const rendered = await renderer.render(html);
    assert.equal(withoutInserted(rendered), html);
    assert.match(rendered, /<stall-crisis-footer class="mine" data-x="1"><template shadowrootmode="open">/);
    assert.match(rendered, /href="tel:999"/);
    assert.match(rendered, /href="tel:116123"/);
    assert.match(rendered, /href="tel:02079460000"/, 'the practice’s phone');
    assert.doesNotMatch(rendered, /lit-part|shadowroot="open"/, 'no hydration markers');
  });

  it('reads the practice’s JSON settings as the browser does, its attributes winning', async () => {
    const html = page('<stall-practice phone="020 7946 0000"><script type="application/json">{"country": "GB", "phone": "111", "email": "hello@harbour.example"}</script><stall-crisis-footer></stall-crisis-footer></stall-practice>');
    const rendered = await renderer.render(html);
    assert.match(rendered, /href="tel:116123"/, 'the country from JSON');
    assert.match(rendered, /href="mailto:hello@harbour.example"/);
    assert.match(rendered, /href="tel:02079460000"/);
    assert.equal(withoutInserted(rendered), html);
  });

  it('speaks the page’s language and never guesses a country from the server’s time zone', async () => {
    const spanish = await renderer.render(page('<stall-crisis-footer country="ES"></stall-crisis-footer>', 'es'));
    assert.match(spanish, /Si necesitas ayuda ahora/);
    assert.match(spanish, /href="tel:112"/);
    const process_ = process.env.TZ;
    process.env.TZ = 'Europe/London';
    try {
      const unknown = await renderer.render(page('<stall-crisis-footer></stall-crisis-footer>', 'en'));
      assert.match(unknown, /part="unknown-country"/);
      assert.doesNotMatch(unknown, /tel:999/);
    } finally {
      process.env.TZ = process_;
    }
  });

  it('writes the article text as light DOM, with heading ids and numbered sources', async () => {
    const rendered = await renderer.render(page('<stall-article article="what-is-a-stall"></stall-article>'));
    assert.match(rendered, /<h1 id="title" part="title">What is a stall in therapy\?<\/h1>/);
    assert.match(rendered, /<\/template><div slot="body" class="stall-article-content" data-prerendered="">/);
    assert.match(rendered, /<h2 id="what-it-is">/);
    assert.match(rendered, /<section class="stall-article-sources"[^>]*><h2 id="stall-article-what-is-a-stall-sources">Sources<\/h2>\s*<ol>\s*<li id="source-/);
  });

  it('prerenders a component inside an article\'s text too', async () => {
    // "Why progress stalls" embeds the signs-of-stalling checklist, whose themes are its sections.
    const rendered = await renderer.render(page('<stall-article article="why-progress-stalls"></stall-article>'));
    assert.match(rendered, /<stall-checklist><template shadowrootmode="open">/);
  });

  it('shows the decision’s first step unticked, with a note that the rest needs JavaScript', async () => {
    const rendered = await renderer.render(page('<stall-decision></stall-decision>'));
    assert.match(rendered, /id="step-heading"/);
    assert.match(rendered, /part="needs-script">The next steps need JavaScript/);
    assert.doesNotMatch(rendered, /checked="false"/);
    assert.doesNotMatch(rendered, /<input[^>]*\schecked/);
  });

  it('leaves markup from a file or from inside the element to the browser’s loader, and the check-in to the browser', async () => {
    const html = page('<stall-progress></stall-progress>\n<stall-article src="/mine.md"></stall-article>\n<stall-article><script type="text/markdown">---\ntitle: x\n---\n</script></stall-article>\n<stall-checklist src="/c.md"></stall-checklist>');
    assert.equal(await renderer.render(html), html);
  });

  it('links stylesheets instead of inline styles when told where they are', async () => {
    const html = page('<stall-checklist></stall-checklist>');
    assert.match(await renderer.render(html), /<template shadowrootmode="open"><style>/);
    const linked = await renderer.render(html, { stylesheets: '/assets/sp/' });
    assert.doesNotMatch(linked, /<style/);
    assert.match(linked, /<link rel="stylesheet" href="\/assets\/sp\/stall-checklist.css">/);
    assert.match(renderer.stylesheets().get('stall-checklist.css') ?? '', /:host/);
    // Asked for from <head>, once, with the page's first bytes: the browser's look-ahead does not read templates.
    const head = linked.slice(0, linked.indexOf('</head>'));
    assert.equal(head.match(/<link rel="preload" as="style" href="\/assets\/sp\/stall-checklist.css">/g)?.length, 1);
    // Without stylesheets to link, nothing is added to <head>.
    assert.doesNotMatch(await renderer.render(html), /rel="preload"/);
  });

  it('puts the article’s title, description and JSON-LD into the head only when asked', async () => {
    const html = page('<stall-article article="ending-well"></stall-article>');
    assert.doesNotMatch(await renderer.render(html), /<title>|ld\+json/);
    const withHead = await renderer.render(html, { head: true });
    assert.match(withHead, /<title>Ending therapy well<\/title>\n<meta name="description" content="[^"]+">\n<script type="application\/ld\+json">/);
    const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(withHead)![1]);
    assert.equal(data['@type'], 'Article');
    assert.equal(data.headline, 'Ending therapy well');
    assert.match(data.dateModified, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(data.author.name);
    assert.ok(data.citation.length > 0 && data.citation.every((c: { name: string }) => c.name));
    const own = await renderer.render(page('<title>Mine</title><stall-article article="ending-well"></stall-article>').replace('<title>Mine</title>', '').replace('</head>', '<title>Mine</title></head>'), { head: true });
    assert.equal(own.match(/<title>/g)?.length, 1, 'a page’s own title stays the only one');
  });
});

describe('stall-elements render', () => {
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const code = await runCli(argv, (line) => lines.push(line));
    return { code, out: lines.join('\n') };
  };

  it('says what is wrong with a call', async () => {
    assert.deepEqual(await run('render', '--out', 'x').then((r) => [r.code, /render needs at least one page/.test(r.out)]), [2, true]);
    assert.deepEqual(await run('render', 'a.html').then((r) => [r.code, /render needs --out <dir>/.test(r.out)]), [2, true]);
    assert.deepEqual(await run('render', path.join(dir, 'missing.html'), '--out', dir).then((r) => [r.code, /no such file/.test(r.out)]), [1, true]);
  });

  it('writes the pages, a practice’s own content, and the stylesheets', async () => {
    const content = path.join(dir, 'practice-content');
    assert.equal(init(content, () => {}), 0);
    const plain = path.join(dir, 'plain.html');
    const withArticle = path.join(dir, 'ours.html');
    writeFileSync(plain, page('<p>Nothing to render</p>'));
    writeFileSync(withArticle, page('<stall-article article="our-approach"></stall-article>'));
    const out = path.join(dir, 'out');
    const { code, out: printed } = await run('render', plain, withArticle, '--out', out, '--content', content);
    assert.equal(code, 0, printed);
    assert.equal(readFileSync(path.join(out, 'plain.html'), 'utf8'), readFileSync(plain, 'utf8'));
    assert.match(printed, /plain\.html.*copied unchanged/);
    const ours = readFileSync(path.join(out, 'ours.html'), 'utf8');
    assert.match(ours, /<h1 id="title" part="title">How we check how therapy is going<\/h1>/);
    assert.match(ours, /<link rel="stylesheet" href="stall-prerender\/stall-article.css">/);
    assert.ok(existsSync(path.join(out, 'stall-prerender/stall-article.css')));
    // The text's own styles, which the browser adopts once the script runs, as a file before it.
    assert.match(ours, /<div slot="body" class="stall-article-content" data-prerendered="">\s*<link rel="stylesheet" href="stall-prerender\/stall-article-body.css">/);
    assert.deepEqual(readdirSync(path.join(out, 'stall-prerender')), ['stall-article-body.css', 'stall-article.css']);
  });
});
