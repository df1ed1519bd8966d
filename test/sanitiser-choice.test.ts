// The run-time loader sanitises with the browser's own HTML Sanitizer only where it is the one
// whose behaviour the XSS tests prove; anywhere else (no API, an older or different one) it uses
// DOMPurify. A Sanitizer that lets a script through must never be trusted.
import { expect } from '@open-wc/testing';
import { nativeSanitiser } from '../src/loader/sanitise-native.js';

type Patchable = { Sanitizer?: unknown };
const HOSTILE = '<p>kept</p><script>window.__stallChoice = 1</script><img src="x" onerror="window.__stallChoice = 1">';

/** Runs `check` with `patch` applied to the page, then puts everything back. */
async function withPatched(patch: () => () => void, check: () => void | Promise<void>): Promise<void> {
  const restore = patch();
  try {
    await check();
  } finally {
    restore();
  }
}

describe('the run-time sanitiser choice', () => {
  it("uses Chromium's own Sanitizer, which removes the script and the handler", () => {
    const sanitise = nativeSanitiser();
    expect(sanitise, 'Chromium 156 has the HTML Sanitizer API').to.be.a('function');
    expect(sanitise!(HOSTILE)).to.equal('<p>kept</p>');
  });

  it('finds no native sanitiser where the Sanitizer API is missing', async () => {
    const page = window as unknown as Patchable;
    await withPatched(
      () => {
        const original = page.Sanitizer;
        delete page.Sanitizer;
        return () => (page.Sanitizer = original);
      },
      () => {
        expect(nativeSanitiser()).to.equal(undefined);
      },
    );
  });

  it('refuses a Sanitizer that behaves otherwise (an older API that keeps scripts), leaving it to DOMPurify', async () => {
    await withPatched(
      () => {
        // What an older or different implementation might do with the configuration: ignore it.
        Object.defineProperty(HTMLTemplateElement.prototype, 'setHTML', {
          configurable: true,
          value(this: HTMLTemplateElement, html: string) {
            this.setHTMLUnsafe(html);
          },
        });
        return () => delete (HTMLTemplateElement.prototype as { setHTML?: unknown }).setHTML;
      },
      () => {
        expect(nativeSanitiser()).to.equal(undefined);
      },
    );
    expect(nativeSanitiser(), 'the real one again').to.be.a('function');
  });
});
