// Faults and hostile input in files loaded at run time (`src`), served for real by the test
// server's /hostile/ middleware (test/fixtures/hostile-server.mjs): each shows a readable error in
// the component, while the page, a bundled component beside it and the crisis footer keep working,
// and nothing is thrown to the page. The cases already covered in checklist-src.test.ts and
// decision-src.test.ts (404, another origin, a file with a few mistakes, a decision with a cycle, a
// src replaced while loading) are not repeated.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/define.js';
import { box, root, squash } from './fixtures/checklist-helpers.js';
import { pageErrorsDuring } from './fixtures/page-reports.js';

/** Every component that takes a run-time file; a new one is one line here. */
const loaders = [
  { tag: 'stall-checklist', noun: 'checklist', heading: 'This checklist could not be loaded' },
  { tag: 'stall-decision', noun: 'decision', heading: 'This decision helper could not be loaded' },
  { tag: 'stall-article', noun: 'article', heading: 'This article could not be loaded' },
].filter(({ tag }) => customElements.get(tag));

type Expected = { says: RegExp } | { issues: RegExp[] };

/** Faults that do not depend on the kind of file: the server, the transport, the bytes, the YAML. */
const faults: { name: string; path: string; expected: Expected }[] = [
  { name: 'a server error (500)', path: 'status-500', expected: { says: /The server answered 500 when asked for http:\/\/[^ ]+\/hostile\/status-500\.en\.markdown\./ } },
  { name: 'a connection closed without an answer', path: 'drop', expected: { says: /could not be reached\. Check your connection and reload the page\./ } },
  { name: 'an empty file', path: 'empty', expected: { issues: [/^missing front matter: the file must start with a line "---", then YAML, then "---" \(line 1\)$/] } },
  { name: 'binary garbage', path: 'garbage', expected: { issues: [/^missing front matter/] } },
  { name: 'binary garbage as front matter', path: 'garbage-front-matter', expected: { issues: [/^front matter is not valid YAML: .{1,170} \(line \d+\)$/] } },
  { name: 'a 5 MB file', path: 'five-mb', expected: { says: /is too large to load \(over 1 MB\)\./ } },
  { name: 'a 5 MB file sent without a length', path: 'five-mb-chunked', expected: { says: /is too large to load \(over 1 MB\)\./ } },
  { name: 'YAML that is a list', path: 'yaml-list', expected: { issues: [/^front matter must be a set of "key: value" fields/] } },
  { name: 'YAML that is a sentence', path: 'yaml-scalar', expected: { issues: [/^front matter must be a set of "key: value" fields/] } },
  { name: 'empty YAML', path: 'yaml-empty', expected: { issues: [/^front matter must be a set of "key: value" fields/] } },
  { name: 'an alias bomb', path: 'yaml-alias-bomb', expected: { issues: [/^front matter is not valid YAML: /] } },
  { name: 'YAML nested 50,000 deep', path: 'yaml-deep', expected: { issues: [/^front matter is not valid YAML: /] } },
  // Refused before it is read (issue 12), where 40,000 fields were once read and checked.
  { name: '40,000 unknown fields', path: 'yaml-many-keys', expected: { issues: [/^front matter is too large: more than 30,000 lines \(line 30002\)$/] } },
];

/** A page with the component under test, a bundled checklist and the crisis footer, inside a practice. */
async function pageWith(tag: string, src: string) {
  const host = await fixture(staticHtml`<div>
    <stall-practice country="GB">
      <${unsafeStatic(tag)} id="under-test" src=${src}></${unsafeStatic(tag)}>
      <stall-checklist id="bundled"></stall-checklist>
      <stall-crisis-footer></stall-crisis-footer>
    </stall-practice>
  </div>`);
  const el = host.querySelector('#under-test') as HTMLElement & { updateComplete: Promise<boolean> };
  return { host, el };
}

/** What the test server saw of a never-ends download. */
const downloadOf = async (id: string): Promise<{ opened: boolean; closed: boolean }> => (await fetch(`/hostile/closed?id=${id}`)).json();
const errorOf = (el: Element) => root(el).querySelector('[part="error"]');
const issuesOf = (el: Element) => [...root(el).querySelectorAll('[part="issues"] li')].map((li) => squash(li.textContent));
const waitForError = (el: Element, timeout = 8000) => waitUntil(() => errorOf(el), 'no error was shown', { timeout });

/** The rest of the page still works: the footer shows its lines, the bundled checklist answers a tick. */
async function expectRestOfPageWorks(host: Element) {
  const footer = host.querySelector('stall-crisis-footer')!;
  expect(squash(footer.shadowRoot!.textContent)).to.contain('Samaritans').and.contain('999');
  const bundled = host.querySelector('#bundled') as HTMLElement & { updateComplete: Promise<boolean> };
  await waitUntil(() => root(bundled).querySelector('[part="item"]'), 'the bundled checklist did not render');
  box(bundled, 'go round in circles').click();
  await bundled.updateComplete;
  expect(squash(root(bundled).querySelector('[part="status"]')!.textContent)).to.match(/^Boxes ticked: 1 of \d+\./);
}

function expectReadableError(el: Element, { noun, heading }: { noun: string; heading: string }, expected: Expected) {
  const error = errorOf(el)!;
  expect(squash(error.querySelector('h2')!.textContent)).to.equal(heading);
  expect(squash(error.textContent)).to.contain('The rest of this page works as usual.');
  if ('says' in expected) expect(squash(error.textContent)).to.match(expected.says);
  else {
    expect(squash(error.textContent)).to.match(new RegExp(`The ${noun} file http://[^ ]+ has these problems:`));
    const issues = issuesOf(el);
    for (const pattern of expected.issues) expect(issues.some((issue) => pattern.test(issue)), `${pattern} in ${JSON.stringify(issues).slice(0, 500)}`).to.equal(true);
  }
}

describe('run-time files that fail', () => {
  for (const loader of loaders) {
    const { tag } = loader;
    describe(`<${tag} src>`, () => {
      for (const { name, path, expected } of faults) {
        it(`says what is wrong with ${name}, and the page and crisis footer keep working`, async () => {
          const errors = await pageErrorsDuring(async () => {
            const { host, el } = await pageWith(tag, `/hostile/${path}.en.markdown`);
            await waitForError(el);
            expectReadableError(el, loader, expected);
            await expectRestOfPageWorks(host);
          });
          expect(errors).to.deep.equal([]);
        });
      }

      it('waits quietly for a file that never ends, and closes the download when removed from the page', async () => {
        const id = `${tag}-${Math.random().toString(36).slice(2)}`;
        const errors = await pageErrorsDuring(async () => {
          const { host, el } = await pageWith(tag, `/hostile/never-ends.en.markdown?id=${id}`);
          await waitUntil(async () => (await downloadOf(id)).opened, 'the file was not requested');
          expect(root(el).querySelector('[part="loading"]')).not.to.equal(null);
          await expectRestOfPageWorks(host);
          expect(errorOf(el)).to.equal(null);
          el.remove();
          await waitUntil(async () => (await downloadOf(id)).closed, 'the download was left open');
        });
        expect(errors).to.deep.equal([]);
      });

      it('leaves no download open when removed from the page before its loader arrived', async () => {
        const id = `${tag}-${Math.random().toString(36).slice(2)}`;
        const el = document.createElement(tag);
        el.setAttribute('src', `/hostile/never-ends.en.markdown?id=${id}`);
        document.body.append(el);
        await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        el.remove();
        // The component's import of the loader resolves no later than this one.
        await import('../src/loader/load-content.js');
        await new Promise((resolve) => setTimeout(resolve, 300));
        const { opened, closed } = await downloadOf(id);
        expect(opened && !closed, 'a download left open').to.equal(false);
      });
    });
  }

  it('gives up on a file that never ends after the time limit', async () => {
    const { loadContent } = await import('../src/loader/load-content.js');
    const result = await loadContent('/hostile/never-ends.en.markdown?id=time-limit', (source) => source, { timeoutMs: 300 });
    expect('failure' in result && result.failure.kind).to.equal('timeout');
  });

  it('names every field of the wrong type in a checklist', async () => {
    const { el } = await pageWith('stall-checklist', '/hostile/wrong-types.en.markdown');
    await waitForError(el);
    expect(issuesOf(el)).to.deep.equal([
      'title: expected a string, found a list (line 2)',
      'lang: expected one of "en", "es" (line 3)',
      'reviewed: expected a string, found a boolean (true) (line 4)',
      'legend: expected a string, found a set of fields (line 5)',
      'sources: expected an array, found a string ("a sentence") (line 6)',
      'themes: expected an array, found a number (7) (line 7)',
      'items: expected an array, found nothing (null) (line 8)',
      'bands: expected an array, found a string ("0-3") (line 9)',
    ]);
    await expect(el).to.be.accessible();
  });

  it('names every nested field of the wrong type in a checklist', async () => {
    const { el } = await pageWith('stall-checklist', '/hostile/wrong-nested-types.en.markdown');
    await waitForError(el);
    // The page shows the first ten, then how many more (issue 12); the loader has them all.
    const shown = issuesOf(el);
    expect(shown).to.have.length(11);
    expect(shown[10]).to.match(/^…and \d+ more\.$/);
    const { loadChecklist } = await import('../src/loader/checklist-loader.js');
    const result = await loadChecklist('/hostile/wrong-nested-types.en.markdown', 'en');
    const paths = 'failure' in result && result.failure.kind === 'invalid' ? result.failure.issues.map((issue) => issue.path) : [];
    expect(shown.slice(0, 10).map((issue) => issue.split(':')[0])).to.deep.equal(paths.slice(0, 10));
    expect(paths).to.include.members([
      'sources.0.id',
      'sources.0.citation',
      'sources.0.url',
      'themes.0.title',
      'themes.0.helps',
      'themes.0.starter',
      'themes.0.article',
      'items.0.text',
      'items.0.themes',
      'items.0.risk',
      'bands.0.min',
      'bands.0.max',
      'bands.0.message',
    ]);
  });

  it('names unknown fields at every level of a checklist, and requests nothing they point to', async () => {
    const before = performance.getEntriesByType('resource').length;
    const { el } = await pageWith('stall-checklist', '/hostile/unknown-fields.en.markdown');
    await waitForError(el);
    expect(issuesOf(el)).to.deep.equal([
      'sources.0: unknown field "tracker" (line 10)',
      'themes.0: unknown field "script" (line 16)',
      'items.0: unknown field "colour" (line 21)',
      'unknown field "onload" (line 6)',
    ]);
    const requested = performance.getEntriesByType('resource').slice(before).map((entry) => entry.name);
    expect(requested.filter((url) => !url.startsWith(location.origin))).to.deep.equal([]);
  });

  if (customElements.get('stall-decision')) {
    it('refuses a decision of 3,000 steps in a chain with a message, instead of overflowing the stack', async () => {
      const errors = await pageErrorsDuring(async () => {
        const { host, el } = await pageWith('stall-decision', '/hostile/decision-long-chain.en.markdown');
        await waitForError(el);
        expectReadableError(el, loaders.find((loader) => loader.tag === 'stall-decision')!, { issues: [/^front matter is too large: more than 20,000 values \(line \d+\)$/] });
        await expectRestOfPageWorks(host);
      });
      expect(errors).to.deep.equal([]);
    });
  }
});
