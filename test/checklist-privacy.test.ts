import { expect, html } from '@open-wc/testing';
import '../src/define.js';
import { box, buttonNamed, checklist, recordChanges, root, squash, statusText, tick } from './fixtures/checklist-helpers.js';

const KEY = 'stall-elements:checklist:stalling-signs';
const storedKeys = () => Object.keys(localStorage);
const rememberBox = (el: Element) => root(el).querySelector('[part="storage"] input[type="checkbox"]') as HTMLInputElement;
const storageStatus = (el: Element) => squash(root(el).querySelector('[part="storage"] [role="status"]')!.textContent);

describe('<stall-checklist> privacy', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => localStorage.clear());

  it('keeps answers in memory only until the visitor opts in: no storage, cookie, URL, history or request', async () => {
    const el = await checklist();
    const before = { url: location.href, history: history.length, cookie: document.cookie, requests: performance.getEntriesByType('resource').length };
    await tick(el, 'go round in circles', "life isn't worth living", 'I rarely try out ideas');
    buttonNamed(el, 'Take it to your next session')!.click();
    await el.updateComplete;
    expect(rememberBox(el).checked).to.equal(false);
    expect(storedKeys()).to.deep.equal([]);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal(before.cookie);
    expect(location.href).to.equal(before.url);
    expect(history.length).to.equal(before.history);
    expect(performance.getEntriesByType('resource').length).to.equal(before.requests);
    // No answer leaks into an attribute either.
    expect(el.getAttributeNames().filter((name) => name !== 'lang')).to.deep.equal([]);
    expect(el.outerHTML).not.to.contain('going-in-circles');
  });

  it('writes one namespaced key once "Remember" is ticked, keeps it current, and "Forget" removes it', async () => {
    const el = await checklist();
    await tick(el, 'go round in circles');
    expect(storedKeys()).to.deep.equal([]);
    rememberBox(el).click();
    await el.updateComplete;
    expect(storedKeys()).to.deep.equal([KEY]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['going-in-circles']);
    expect(storageStatus(el)).to.equal('Your answers will be kept in this browser until you choose to forget them.');
    await tick(el, 'I rarely try out ideas');
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['going-in-circles', 'little-practice']);
    expect(storedKeys()).to.deep.equal([KEY]);

    const changes = recordChanges(el);
    buttonNamed(el, 'Forget my answers')!.click();
    await el.updateComplete;
    expect(storedKeys()).to.deep.equal([]);
    expect(rememberBox(el).checked).to.equal(false);
    expect(box(el, 'go round in circles').checked).to.equal(false);
    expect(statusText(el)).to.match(/^Boxes ticked: 0 of 22\./);
    expect(storageStatus(el)).to.equal('Your answers have been cleared from this page and from this device.');
    expect(changes.map((change) => change.detail.ticked)).to.deep.equal([[]]);
    // Ticking after Forget stores nothing: remembering needs a new opt-in.
    await tick(el, 'go round in circles');
    expect(storedKeys()).to.deep.equal([]);
  });

  it('removes the key when "Remember" is unticked', async () => {
    const el = await checklist();
    await tick(el, 'go round in circles');
    rememberBox(el).click();
    await el.updateComplete;
    rememberBox(el).click();
    await el.updateComplete;
    expect(storedKeys()).to.deep.equal([]);
    expect(storageStatus(el)).to.equal('Your answers are no longer kept on this device.');
  });

  it('restores remembered answers, with "Remember" shown on, and without firing stall-change', async () => {
    localStorage.setItem(KEY, JSON.stringify(['unsure-of-aim', 'not-an-item']));
    const changes = recordChanges(document);
    const el = await checklist();
    expect(rememberBox(el).checked).to.equal(true);
    expect(box(el, "I'm not sure what we're working toward").checked).to.equal(true);
    expect(statusText(el)).to.match(/^Boxes ticked: 1 of 22\. Themes that stand out: Goals that are unclear or outgrown\./);
    expect(changes).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('keeps working in memory when storage is blocked, and says so', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      const el = await checklist(html`<stall-checklist></stall-checklist>`);
      await tick(el, 'go round in circles');
      rememberBox(el).click();
      await el.updateComplete;
      expect(rememberBox(el).checked).to.equal(false);
      expect(storageStatus(el)).to.contain('does not allow saving');
      await tick(el, 'I rarely try out ideas');
      expect(statusText(el)).to.match(/^Boxes ticked: 2 of 22\./);
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(storedKeys()).to.deep.equal([]);
  });
});
