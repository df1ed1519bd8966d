// Issue 12: what a visitor sees when something is wrong. A broken practice file once showed the
// visitor `items.1.themes.0: no theme with id "goal" (line 28)` and the full file URL. Visitors now
// get one calm sentence in their language; the details go to the console, to `stall-error`, and to
// the page's author in place of the component in development (localhost) or with `debug`.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import type { StallErrorEvent } from '../src/events.js';
import { DEVELOPMENT_HOSTS } from '../src/shared/load-error-report.js';
import { root, squash } from './fixtures/checklist-helpers.js';
import { reportsDuring } from './fixtures/page-reports.js';

const BROKEN = '/test/fixtures/broken-checklist.en.markdown';
const errorText = (el: Element) => squash(root(el).querySelector('[part="error"]')?.textContent);

/** The page as a visitor's browser sees it: not on localhost. */
async function asVisitor<T>(run: () => Promise<T>): Promise<T> {
  const hosts = [...DEVELOPMENT_HOSTS];
  DEVELOPMENT_HOSTS.clear();
  try {
    return await run();
  } finally {
    for (const host of hosts) DEVELOPMENT_HOSTS.add(host);
  }
}

/** `markup`'s first element once it shows an error, with the `stall-error` events and console warnings. */
async function failing(markup: TemplateResult) {
  const errors: StallErrorEvent[] = [];
  let el!: HTMLElement;
  const { warnings } = await reportsDuring(async () => {
    const page = await fixture(html`<div @stall-error=${(e: StallErrorEvent) => errors.push(e)}>${markup}</div>`);
    el = page.firstElementChild as HTMLElement;
    await waitUntil(() => root(el).querySelector('[part="error"]'), 'no error shown', { timeout: 8000 });
  });
  return { el, errors, warnings };
}

describe('what a visitor sees when content cannot be shown', () => {
  it('a broken checklist file: one calm sentence for the visitor, the details in the console and in stall-error', async () => {
    await asVisitor(async () => {
      const { el, errors, warnings } = await failing(html`<stall-checklist src=${BROKEN}></stall-checklist>`);
      expect(errorText(el)).to.equal('This self-check could not be shown. The rest of this page works as usual.');
      expect(root(el).querySelector('[part="error"]')!.innerHTML).not.to.contain('broken-checklist');
      expect(root(el).querySelector('[part="issues"]')).to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^<stall-checklist>: The checklist file http:\/\/[^ ]+\/broken-checklist\.en\.markdown has these problems:/);
      expect(warnings[0]).to.contain('- reviewed: expected a date like 2026-11-22 (line 5)');
      expect(errors).to.have.length(1);
      expect(errors[0].detail.reason).to.equal('invalid');
      expect(errors[0].detail.issues).to.include('reviewed: expected a date like 2026-11-22 (line 5)');
      await expect(el).to.be.accessible();
    });
  });

  it('speaks the visitor’s language', async () => {
    await asVisitor(async () => {
      const { el } = await failing(html`<stall-decision lang="es" src="/hostile/status-500.en.markdown"></stall-decision>`);
      expect(errorText(el)).to.equal('No se han podido mostrar estas preguntas. El resto de esta página funciona con normalidad.');
    });
  });

  it('shows the page’s author the details with `debug`, and always on localhost', async () => {
    await asVisitor(async () => {
      const { el } = await failing(html`<stall-checklist debug src=${BROKEN}></stall-checklist>`);
      expect(errorText(el)).to.contain('has these problems:').and.contain('reviewed: expected a date like 2026-11-22 (line 5)');
    });
    const { el } = await failing(html`<stall-checklist src=${BROKEN}></stall-checklist>`);
    expect(errorText(el)).to.contain('reviewed: expected a date like 2026-11-22 (line 5)');
  });

  it('lists the first ten problems of a file with many, then how many more', async () => {
    const { el, errors } = await failing(html`<stall-checklist src="/hostile/many-issues.en.markdown"></stall-checklist>`);
    const shown = [...root(el).querySelectorAll('[part="issues"] li')].map((li) => squash(li.textContent));
    expect(shown).to.have.length(11);
    expect(shown[0]).to.equal('items.0: expected an object, found a string ("a") (line 15)');
    expect(shown[10]).to.equal('…and 990 more.');
    expect(errors[0].detail.issues).to.have.length(11);
  });

  it('says a redirect to another website is one, not "check your connection"', async () => {
    const { el, errors } = await failing(html`<stall-checklist src="/hostile/redirect-away.en.markdown"></stall-checklist>`);
    expect(errors[0].detail.reason).to.equal('redirect');
    expect(errorText(el)).to.match(/The checklist file http:\/\/[^ ]+\/redirect-away\.en\.markdown sends the browser on to another website\./);
    expect(errorText(el)).not.to.contain('connection');
  });

  it('says a file is UTF-16, or has CR-only line endings, not that its front matter is missing', async () => {
    const utf16 = await failing(html`<stall-checklist src="/hostile/utf-16.en.markdown"></stall-checklist>`);
    expect(errorText(utf16.el)).to.contain('the file is not saved as UTF-8 (it looks like UTF-16): save it again as UTF-8');
    const cr = await failing(html`<stall-checklist src="/hostile/cr-only.en.markdown"></stall-checklist>`);
    expect(errorText(cr.el)).to.contain('the lines of the file end with a carriage return (CR) only');
  });

  it('names the built-in ids after an unknown one', async () => {
    const { el, warnings } = await failing(html`<stall-decision decision="switch"></stall-decision>`);
    expect(errorText(el)).to.contain('There is no built-in decision helper called "switch". Built-in decision helpers: switch-therapist.');
    expect(warnings[0]).to.contain('Built-in decision helpers: switch-therapist.');
  });

  it('makes no two landmarks of the same name when two components fail', async () => {
    const page = await fixture(html`<div>
      <stall-checklist src=${BROKEN}></stall-checklist><stall-decision src="/hostile/status-500.en.markdown"></stall-decision>
    </div>`);
    for (const el of page.children) await waitUntil(() => root(el).querySelector('[part="error"]'), 'no error', { timeout: 8000 });
    await expect(page).to.be.accessible();
  });
});
