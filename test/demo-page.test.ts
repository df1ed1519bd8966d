// Issue 12: the demo page (index.html) must itself be right on a phone: its header navigation
// overflowed to 495 px, and "Book a session" was white on the cream page beside the header.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { backgroundBehind, contrast, toRgba } from './fixtures/contrast.js';

describe('the demo page (index.html) on a phone', () => {
  it('fits 320 px, its navigation inside the header, "Book a session" at AA contrast', async function () {
    this.timeout(20_000);
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/index.html" title="Demo page" style="width: 320px; height: 640px; border: 0"></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('stall-crisis-footer')?.shadowRoot?.textContent?.includes('Samaritans'), 'the demo page did not load', { timeout: 15_000 });
    const doc = frame.contentDocument!;
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    const header = doc.querySelector('.site-header')!.getBoundingClientRect();
    const links = [...doc.querySelectorAll('.site-header nav a')];
    for (const link of links) {
      const box = link.getBoundingClientRect();
      expect(box.right, link.textContent!).to.be.at.most(header.right);
      expect(box.bottom, link.textContent!).to.be.at.most(header.bottom);
    }
    const book = links.find((link) => link.textContent === 'Book a session')!;
    const style = frame.contentWindow!.getComputedStyle(book);
    expect(contrast(toRgba(style.color), backgroundBehind(book))).to.be.at.least(4.5);
  });
});
