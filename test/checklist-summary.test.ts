import { expect } from '@open-wc/testing';
import '../src/define.js';
import { buttonNamed, checklist, focused, root, squash, tick } from './fixtures/checklist-helpers.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';

// Practice has two signs; goals and insight one each, so the order of the file decides (goals first).
const EXPECTED_TEXT = `Signs that therapy may have stalled

Signs I ticked
- I understand my patterns better, but what I actually do day to day hasn't changed.
- I'm not sure what we're working toward anymore.
- I rarely try out ideas or exercises from therapy between sessions.

Themes that stand out
- Little practice between sessions
- Goals that are unclear or outgrown
- Understanding without change

Things I could say
- I'm finding it hard to practice between sessions. Could we find something smaller that fits into my week?
- I'm not sure what we're working toward anymore. Could we look at my goals again?
- I understand my patterns much better now, but I'm still doing the same things. Can we spend more time on doing things differently?

Last reviewed
- November 29, 2026

Sources
- Swift, J. K., & Greenberg, R. P. (2012). Premature discontinuation in adult psychotherapy: A meta-analysis. Journal of Consulting and Clinical Psychology, 80(4), 547-559. https://doi.org/10.1037/a0028226
- Flückiger, C., Del Re, A. C., Wampold, B. E., & Horvath, A. O. (2018). The alliance in adult psychotherapy: A meta-analytic synthesis. Psychotherapy, 55(4), 316-340. https://doi.org/10.1037/pst0000172
- Lambert, M. J., Whipple, J. L., & Kleinstäuber, M. (2018). Collecting and delivering progress feedback: A meta-analysis of routine outcome monitoring. Psychotherapy, 55(4), 520-537. https://doi.org/10.1037/pst0000167
- Kazantzis, N., Whittington, C., & Dattilio, F. M. (2010). Meta-analysis of homework effects in cognitive and behavioral therapy: A replication and extension. Clinical Psychology: Science and Practice, 17(2), 144-156.

This is not a diagnosis. The messages for how many boxes you tick are a rough guide that we wrote. They are not a tested or validated score, and they cannot tell whether therapy is working. These are themes to talk about, not a verdict on your therapy.
`;

async function openSummary(): Promise<StallChecklist> {
  const el = await checklist();
  await tick(el, 'I understand my patterns better', "I'm not sure what we're working toward", 'I rarely try out ideas');
  buttonNamed(el, 'Take it to your next session')!.click();
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

const summaryStatus = (el: Element) => squash(root(el).querySelector('[part="summary"] [role="status"]')!.textContent);

async function until(condition: () => boolean) {
  for (let i = 0; i < 50 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('<stall-checklist> take it to your next session', () => {
  it('opens a summary of the ticked signs, themes and starters, focused on its heading', async () => {
    const el = await openSummary();
    const summary = root(el).querySelector('[part="summary"]')!;
    expect(focused(el)).to.equal(summary.querySelector('h3'));
    const items = [...summary.querySelectorAll('li')].map((li) => squash(li.textContent));
    expect(items).to.include("I'm not sure what we're working toward anymore.");
    expect(items).to.include('Little practice between sessions');
    expect(summary.textContent).to.contain('This is not a diagnosis.');
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Close the summary')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('[part="summary"]')).to.equal(null);
    expect(focused(el)).to.equal(buttonNamed(el, 'Take it to your next session'));
  });

  it('copies the summary as plain text and confirms it', async () => {
    const el = await openSummary();
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    try {
      buttonNamed(el, 'Copy')!.click();
      await until(() => summaryStatus(el) !== '');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
    expect(copied).to.equal(EXPECTED_TEXT);
    expect(summaryStatus(el)).to.equal('Copied. You can paste it into a note or a message to yourself.');
  });

  it('says what still works when the clipboard is not available', async () => {
    const el = await openSummary();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      buttonNamed(el, 'Copy')!.click();
      await until(() => summaryStatus(el) !== '');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(summaryStatus(el)).to.contain('Your browser did not let us copy');
  });

  it('downloads the same text as a .txt file, from memory', async () => {
    const el = await openSummary();
    const originalCreate = URL.createObjectURL;
    let blob: Blob | undefined;
    let fileName = '';
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return originalCreate.call(URL, object);
    };
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      fileName = this.download;
      expect(this.href).to.match(/^blob:/);
    };
    try {
      buttonNamed(el, 'Download (.txt)')!.click();
    } finally {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(fileName).to.equal('my-next-session.txt');
    expect(blob!.type).to.equal('text/plain;charset=utf-8');
    expect(await blob!.text()).to.equal(EXPECTED_TEXT);
    await until(() => summaryStatus(el) !== '');
    expect(summaryStatus(el)).to.contain('Saved as a text file');
  });

  it('prints only the summary: the host is marked and a print sheet hides the page, both removed afterwards', async () => {
    const el = await openSummary();
    const originalPrint = window.print;
    let during: { marked: boolean; sheets: number } | undefined;
    window.print = () => {
      during = { marked: el.hasAttribute('data-stall-printing'), sheets: document.adoptedStyleSheets.length };
    };
    const sheetsBefore = document.adoptedStyleSheets.length;
    try {
      buttonNamed(el, 'Print')!.click();
    } finally {
      window.print = originalPrint;
    }
    expect(during).to.deep.include({ marked: true, sheets: sheetsBefore + 1 });
    const printRules = [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]).map((rule) => rule.cssText).join('\n');
    expect(printRules).to.contain('@media print');
    expect(printRules).to.contain('display: none');
    window.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute('data-stall-printing')).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
  });

  it('lists a ticked risk item in the summary in the visitor\'s own words', async () => {
    const el = await checklist();
    await tick(el, "life isn't worth living");
    buttonNamed(el, 'Take it to your next session')!.click();
    await el.updateComplete;
    const summary = root(el).querySelector('[part="summary"]')!;
    expect(summary.textContent).to.contain("I have had thoughts of suicide or of harming myself, or felt that life isn't worth living. I want to talk about this.");
    // The crisis panel stays first, above the summary.
    expect(root(el).querySelector('[part="results"]')!.firstElementChild!.getAttribute('part')).to.equal('crisis-panel');
  });
});
