import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { StallDecision } from '../src/decision/stall-decision.js';
import { choose, crisisPanel, decision, focused, next, outcomeHeading, root, settled, squash, stepHeading } from './fixtures/decision-helpers.js';

// `.markdown`, not `.md`: the test server serves every `.md` as a JS module (the content pipeline),
// while a practice's file must arrive as the text it is.
const OWN = '/test/fixtures/own-decision.en.markdown';
const BROKEN = '/test/fixtures/broken-decision.en.markdown';
const CYCLE = '/test/fixtures/cycle-decision.en.markdown';
const MISSING = '/test/fixtures/no-such-decision.en.markdown';

const errorText = (el: Element) => squash(root(el).querySelector('[part="error"]')?.textContent);
const issues = (el: Element) => [...root(el).querySelectorAll('[part="issues"] li')].map((li) => squash(li.textContent));

/** A decision with `src` next to a crisis footer, as on a practice's page. */
async function onPage(src: string) {
  const host = await fixture(html`<div>
    <stall-decision src=${src}></stall-decision>
    <stall-crisis-footer country="GB"></stall-crisis-footer>
  </div>`);
  const el = host.querySelector('stall-decision') as StallDecision;
  await settled(el);
  const footer = host.querySelector('stall-crisis-footer')!;
  await footer.updateComplete;
  return { el, footer };
}

describe('<stall-decision src>', () => {
  afterEach(() => localStorage.clear());

  it("walks a practice's own valid decision file, with its crisis interrupt and sanitised outcome", async () => {
    const el = await decision(html`<stall-decision src=${OWN} country="GB"></stall-decision>`);
    expect(squash(root(el).querySelector('[part="title"]')!.textContent)).to.equal('Harbour Therapy next steps');
    expect(stepHeading(el)).to.equal('How are you right now?');
    await choose(el, 'unsafe');
    expect(crisisPanel(el)).to.exist;
    await next(el);
    expect(focused(el)?.id).to.equal('crisis-heading');
    await choose(el, 'no');
    await next(el);
    expect(outcomeHeading(el)).to.equal('Keep going, and keep talking');
    const summary = root(el).querySelector('.outcome-summary')!;
    expect(summary.textContent).to.contain('Sessions seem to help.');
    expect(summary.querySelectorAll('img, script, iframe')).to.have.length(0);
    expect(summary.querySelector('[style], [onclick], [onerror]')).to.equal(null);
    expect([...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('rel')])).to.deep.equal([
      [null, null],
      ['https://example.org/more', 'noopener noreferrer'],
    ]);
    expect((window as { __stallPwned?: unknown }).__stallPwned).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows the fields at fault in an invalid file, with a link to it, while the crisis footer keeps working', async () => {
    const { el, footer } = await onPage(BROKEN);
    expect(errorText(el)).to.contain('This decision helper could not be loaded');
    expect(errorText(el)).to.contain(`The decision file ${new URL(BROKEN, location.href).href} has these problems:`);
    expect(issues(el)).to.deep.equal(['reviewed: expected a date like 2026-11-22 (line 5)', 'funding: required (line 2)']);
    expect(root(el).querySelector('[part="error"] a')!.getAttribute('href')).to.equal(new URL(BROKEN, location.href).href);
    expect(footer.shadowRoot!.textContent).to.contain('Samaritans');
    await expect(el).to.be.accessible();
  });

  it('names the answer that loops back in a file with a cycle', async () => {
    const { el, footer } = await onPage(CYCLE);
    expect(issues(el)).to.deep.equal(['steps.1.answers.0.next: leads back to step "first": a cycle, so some visitors would never reach an outcome (line 39)']);
    expect(footer.shadowRoot!.textContent).to.contain('Samaritans');
  });

  it('says what the server answered for a missing file, while the crisis footer keeps working', async () => {
    const { el, footer } = await onPage(MISSING);
    expect(errorText(el)).to.match(/The server answered 404 when asked for http:\/\/[^ ]+\/test\/fixtures\/no-such-decision\.en\.markdown\./);
    expect(errorText(el)).to.contain('The rest of this page works as usual.');
    expect(footer.shadowRoot!.textContent).to.contain('Samaritans');
    await expect(el).to.be.accessible();
  });

  it('refuses a file on another website without requesting it', async () => {
    const original = window.fetch;
    const asked: string[] = [];
    window.fetch = (input) => {
      asked.push(String(input));
      return Promise.reject(new TypeError('must not be called'));
    };
    try {
      const el = await decision(html`<stall-decision src="https://example.com/decision.en.md"></stall-decision>`);
      expect(errorText(el)).to.contain('The decision file https://example.com/decision.en.md is on another website');
      expect(asked).to.deep.equal([]);
    } finally {
      window.fetch = original;
    }
  });

  it('shows a readable error for an unknown bundled decision', async () => {
    const el = await decision(html`<stall-decision decision="no-such-decision"></stall-decision>`);
    expect(errorText(el)).to.contain('There is no built-in decision helper called "no-such-decision".');
    await expect(el).to.be.accessible();
  });
});
