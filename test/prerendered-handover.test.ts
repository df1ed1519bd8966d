// A prerendered page works before its script arrives: on a slow phone a visitor may tick a box or
// choose an answer in the prerendered form. When the script does arrive, the components take over
// what the visitor did instead of dropping it: the ticks, the chosen answer, a risk answer's crisis
// lines, and focus on the same control. This file must not import src/define.js up front (as
// test/upgrade.test.ts): the tags start out unknown here, as on the page before its script loads.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { recordChanges, squash, statusText } from './fixtures/checklist-helpers.js';
import type { StallChangeEvent } from '../src/events.js';

/** One question as `stall-elements render` writes it. */
const item = (value: string, text: string) =>
  `<li><label class="item choice" part="item"><input type="checkbox" part="checkbox" value="${value}"><span>${text}</span></label></li>`;
const choice = (value: string, text: string) =>
  `<li><label class="choice" part="choice"><input type="radio" name="step-check-in" value="${value}"><span>${text}</span></label></li>`;

const PAGE = `
  <stall-checklist id="ticked"><template shadowrootmode="open"><div class="checklist" part="base"><p class="from-server">Prerendered</p>
    <fieldset part="questions"><legend>Which of these have felt true?</legend><ul>
      ${item('going-in-circles', 'Our sessions seem to go round in circles')}${item('steering-away', 'There is a subject I keep steering away from')}
    </ul></fieldset></div></template></stall-checklist>
  <stall-checklist id="risk" country="GB"><template shadowrootmode="open"><div class="checklist" part="base"><p class="from-server">Prerendered</p>
    <fieldset part="questions"><legend>Which of these have felt true?</legend><ul>${item('risk-thoughts', 'Life is not worth living')}</ul></fieldset>
  </div></template></stall-checklist>
  <stall-decision id="decision"><template shadowrootmode="open"><div class="decision" part="base"><p class="from-server">Prerendered</p>
    <fieldset part="step"><legend id="step-heading">How are you doing right now?</legend><ul>
      ${choice('okay', "I'm okay to go on")}${choice('thoughts-of-harm', "I'm having thoughts of suicide")}
    </ul></fieldset></div></template></stall-decision>
  <stall-decision id="decision-risk" country="GB"><template shadowrootmode="open"><div class="decision" part="base"><p class="from-server">Prerendered</p>
    <fieldset part="step"><legend>How are you doing right now?</legend><ul>
      ${choice('okay', "I'm okay to go on")}${choice('thoughts-of-harm', "I'm having thoughts of suicide")}
    </ul></fieldset></div></template></stall-decision>
  <stall-article id="article" article="why-progress-stalls"><template shadowrootmode="open"><h1>Why progress stalls</h1><slot name="body"></slot></template>
    <div slot="body" class="stall-article-content" data-prerendered><div class="stall-article-text"><p>Prerendered text</p>
      <stall-checklist id="embedded"><template shadowrootmode="open"><div class="checklist" part="base"><p class="from-server">Prerendered</p>
        <fieldset part="questions"><legend>Which of these have felt true?</legend><ul>${item('going-in-circles', 'Our sessions seem to go round in circles')}</ul></fieldset>
      </div></template></stall-checklist>
    </div></div></stall-article>
  <stall-crisis-footer id="footer" country="GB"><template shadowrootmode="open"><section class="footer" part="base"><h2>If you need help now</h2>
    <p>Samaritans: call <a href="tel:116123">116 123</a></p></section></template></stall-crisis-footer>`;

const byId = (id: string) => document.getElementById(id)!;
const input = (id: string, value: string) => byId(id).shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
const handedOver = (id: string) => waitUntil(() => byId(id).shadowRoot!.querySelector('[part="title"]') && !byId(id).shadowRoot!.querySelector('.from-server'), `${id} took over`);

describe('prerendered components taking over what the visitor did before the script arrived', () => {
  let changes: StallChangeEvent[];

  /** Where focus was once the footer, whose crisis line the visitor had reached by keyboard, drew itself. */
  let footerFocus: { onFooter: boolean; href: string | null | undefined; headings: number };

  before(async () => {
    expect(customElements.get('stall-checklist')).to.equal(undefined);
    const holder = document.createElement('div');
    (holder as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(PAGE);
    document.body.append(holder);
    // The footer's script first (define.js skips a tag already defined): focus can be in one place only.
    const footer = byId('footer') as HTMLElement & { updateComplete: Promise<boolean> };
    footer.shadowRoot!.querySelector<HTMLElement>('a[href="tel:116123"]')!.focus();
    const { StallCrisisFooter } = await import('../src/crisis-footer/stall-crisis-footer.js');
    customElements.define('stall-crisis-footer', StallCrisisFooter);
    await footer.updateComplete;
    footerFocus = { onFooter: document.activeElement === footer, href: footer.shadowRoot!.activeElement?.getAttribute('href'), headings: footer.shadowRoot!.querySelectorAll('h2').length };
    // The visitor, with no script yet: a box ticked by keyboard (focus stays on it), a risk item
    // ticked, an answer chosen, a risk answer chosen.
    input('ticked', 'going-in-circles').focus();
    await sendKeys({ press: 'Space' });
    input('risk', 'risk-thoughts').click();
    input('decision', 'okay').click();
    input('decision-risk', 'thoughts-of-harm').click();
    input('embedded', 'going-in-circles').click();
    expect(input('ticked', 'going-in-circles').checked).to.equal(true);
    changes = recordChanges(document);
    await import('../src/define.js');
    for (const id of ['ticked', 'risk', 'decision', 'decision-risk']) await handedOver(id);
  });

  after(() => document.querySelectorAll('body > div').forEach((holder) => holder.remove()));

  it('keeps a tick made in the prerendered checklist, says so, tells the page, and leaves focus on the box', async () => {
    const el = byId('ticked');
    expect(input('ticked', 'going-in-circles').checked).to.equal(true);
    expect(input('ticked', 'steering-away').checked).to.equal(false);
    expect(statusText(el)).to.match(/^Boxes ticked: 1 of \d+\./);
    expect(el.shadowRoot!.querySelectorAll('fieldset[part="questions"]')).to.have.length(1);
    const change = changes.find((event) => event.target === el);
    expect(change, 'a stall-change event').to.not.equal(undefined);
    expect(change?.detail.ticked).to.deep.equal(['going-in-circles']);
    expect(document.activeElement === el, 'focus in the checklist').to.equal(true);
    expect((el.shadowRoot!.activeElement as HTMLInputElement | null)?.value).to.equal('going-in-circles');
    await expect(el).to.be.accessible();
  });

  it('shows the crisis lines for a risk item ticked before the script arrived', async () => {
    const el = byId('risk');
    expect(input('risk', 'risk-thoughts').checked).to.equal(true);
    const panel = el.shadowRoot!.querySelector('[part="crisis-panel"]');
    expect(panel, 'the crisis panel').to.exist;
    expect(panel!.querySelector('a[href^="tel:"]'), 'a number to call').to.exist;
    expect(changes.find((event) => event.target === el)?.detail.risk).to.equal(true);
  });

  it("keeps the decision helper's first answer chosen before the script arrived, and goes on from it", async () => {
    const el = byId('decision') as HTMLElement & { updateComplete: Promise<boolean> };
    expect(input('decision', 'okay').checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="crisis-panel"]')).to.equal(null);
    const next = [...el.shadowRoot!.querySelectorAll('button')].find((button) => squash(button.textContent) === 'Next')!;
    next.click();
    await el.updateComplete;
    expect(squash(el.shadowRoot!.querySelector('#step-heading')?.textContent)).to.match(/Has your therapist done any of these/);
  });

  it("keeps a checklist in an article's text, with its tick, when the article swaps in its own text", async () => {
    const article = byId('article');
    await waitUntil(() => article.querySelector('.stall-article-content:not([data-prerendered])'), 'the article drew its own text');
    const embedded = article.querySelectorAll('stall-checklist');
    expect(embedded).to.have.length(1);
    expect(embedded[0] === byId('embedded'), 'the same checklist element').to.equal(true);
    expect(input('embedded', 'going-in-circles').checked).to.equal(true);
    expect(statusText(embedded[0])).to.match(/^Boxes ticked: 1 of \d+\./);
  });

  it('keeps focus on the crisis line a visitor had reached in the prerendered footer', () => {
    expect(footerFocus).to.deep.equal({ onFooter: true, href: 'tel:116123', headings: 1 });
  });

  it('shows the crisis lines first for a risk answer chosen before the script arrived', () => {
    const el = byId('decision-risk');
    expect(input('decision-risk', 'thoughts-of-harm').checked).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="crisis-panel"] a[href^="tel:"]'), 'a number to call').to.exist;
  });
});
