// The drop-in bundle's languages, proven in Chromium under the strict CSP: an English page never
// downloads Spanish words or crisis lines; a Spanish page gets them before its components are
// defined, so their very first render is in Spanish, crisis lines included. The same for a bundle
// built for its tags (stall-elements build --tags), whose entry holds the practice and the
// checklist themselves. Run by `npm test`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { compileContentFile, type Checklist, type Crisis } from '../../src/content/kinds.js';
import { buildForTags, buildLibrary, launchChromium, openRecorded, repoRoot, serve, STRICT_CSP, type Builds, type Site } from './built-page.js';

const compiled = (file: string) => compileContentFile(file, readFileSync(path.join(repoRoot, file), 'utf8'));
const englishTitle = (compiled('content/checklists/stalling-signs.en.md') as Checklist).title;
const englishLoading = (compiled('content/ui/checklist.en.md') as { loading: string }).loading;
// The Spanish checklist itself was a chunk of its own before, too: its first render may be the note
// that it is loading, in Spanish.
const spanishFirst = [(compiled('content/checklists/stalling-signs.es.md') as Checklist).title, (compiled('content/ui/checklist.es.md') as { loading: string }).loading];
const spanishHeading = (compiled('content/ui/crisis-footer.es.md') as { heading: string }).heading;
const englishHeading = (compiled('content/ui/crisis-footer.en.md') as { heading: string }).heading;

const pageIn = (lang: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>t</title><script type="module" src="/stall-elements/stall-elements.js"></script></head>
<body><stall-checklist></stall-checklist><stall-crisis-footer country="ES"></stall-crisis-footer></body></html>`;

/** An English page whose practice speaks Spanish through its JSON settings. */
const practicePage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>t</title><script type="module" src="/stall-elements/stall-elements.js"></script></head>
<body><stall-practice><script type="application/json">{"lang": "es-ES", "country": "ES"}</script>
<stall-checklist></stall-checklist><stall-crisis-footer></stall-crisis-footer></stall-practice></body></html>`;

/** Records, in the page, the text of each component's first render (before any later one). */
function recordFirstRenders(): void {
  const first: Record<string, string> = ((window as unknown as { firstRenders: Record<string, string> }).firstRenders = {});
  const define = customElements.define.bind(customElements);
  customElements.define = (tag, element, options) => {
    define(tag, element, options);
    for (const el of document.querySelectorAll(tag)) {
      void (el as unknown as { updateComplete: Promise<unknown> }).updateComplete.then(() => (first[tag] ??= el.shadowRoot?.textContent ?? ''));
    }
  };
}

/** A page with the decision helper alone, for Mexico, in `lang`. */
const decisionPage = (lang: string) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>t</title><script type="module" src="/stall-elements/stall-elements.js"></script></head>
<body><stall-decision country="MX"></stall-decision></body></html>`;
const decisionPages = { '/decision-en.html': decisionPage('en'), '/decision-es.html': decisionPage('es-MX') };
const routesOfMexico = (lang: string) => (compiled(`content/crisis/mx.${lang}.md`) as Crisis).complaints!.routes.map((route) => route.name);

let builds: Builds;
let site: Site;
let tagsBuild: Awaited<ReturnType<typeof buildForTags>>;
let tagsSite: Site;
let browser: Browser;
const languagePages = { '/en.html': pageIn('en'), '/es.html': pageIn('es-ES'), '/practice-es.html': practicePage };

before(async () => {
  builds = await buildLibrary();
  tagsBuild = await buildForTags(['stall-practice', 'stall-checklist']);
  site = await serve({ cdn: builds.cdn, pages: { ...languagePages, ...decisionPages }, files: {}, csp: STRICT_CSP });
  tagsSite = await serve({ cdn: tagsBuild.dir, pages: languagePages, files: {}, csp: STRICT_CSP });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await tagsSite?.close();
  builds?.remove();
  tagsBuild?.remove();
});

async function firstRenders(url: string) {
  const { context, page, recording } = await openRecorded(browser, url, recordFirstRenders);
  try {
    await page.waitForFunction(() => ['stall-checklist', 'stall-crisis-footer'].every((tag) => tag in (window as unknown as { firstRenders: object }).firstRenders), undefined, {
      timeout: 20_000,
    });
    const texts = await page.evaluate(() => (window as unknown as { firstRenders: Record<string, string> }).firstRenders);
    return { texts, recording };
  } finally {
    await context.close();
  }
}

for (const [bundle, origin] of [
  ['the drop-in bundle', () => site.origin],
  ['a bundle built for the practice and the checklist', () => tagsSite.origin],
] as const) {
  describe(`${bundle} in another language`, () => {
    it('an English page renders in English and never downloads Spanish words or crisis lines', async () => {
      const { texts, recording } = await firstRenders(`${origin()}/en.html`);
      assert.ok(texts['stall-checklist'].includes(englishTitle), texts['stall-checklist'].slice(0, 200));
      assert.ok(texts['stall-crisis-footer'].includes(englishHeading));
      assert.deepEqual(recording.requests.filter((url) => /[.-]es-[\w-]+\.js$/.test(url)), []);
      assert.deepEqual(recording.errors, []);
    });

    for (const [what, page] of [['a Spanish page', '/es.html'], ["a practice's Spanish settings", '/practice-es.html']]) {
      it(`${what}: renders in Spanish from the first render, crisis lines included`, async () => {
        const { texts, recording } = await firstRenders(`${origin()}${page}`);
        assert.ok(
          spanishFirst.some((words) => texts['stall-checklist'].includes(words)),
          texts['stall-checklist'].slice(0, 200),
        );
        assert.ok(!texts['stall-checklist'].includes(englishTitle) && !texts['stall-checklist'].includes(englishLoading));
        assert.ok(texts['stall-crisis-footer'].includes(spanishHeading), texts['stall-crisis-footer'].slice(0, 200));
        assert.ok(!texts['stall-crisis-footer'].includes(englishHeading));
        assert.ok(recording.requests.some((url) => /\/crisis-es-[\w-]+\.js$/.test(url)), 'the Spanish crisis lines are fetched');
        assert.deepEqual(recording.errors, []);
      });
    }
  });
}

// The complaint routes load with the decision helper (scripts/content/run-time.ts): in English in
// its chunk, in Spanish in one chunk it fetches before it is defined on a Spanish page; their
// words in Spanish in a chunk of the decision helper's own.
describe('the drop-in bundle: complaint routes on the red-flag outcome', () => {
  for (const lang of ['en', 'es']) {
    it(`${lang}: shows the country's routes in the page's language, fetched only with the decision helper`, async () => {
      const { context, page, recording } = await openRecorded(browser, `${site.origin}/decision-${lang}.html`);
      try {
        await page.locator('stall-decision [part="step"] input[value="okay"]').click();
        await page.locator('stall-decision [part="nav"] button.primary').click();
        await page.locator('stall-decision [part="step"] input[value="sexual-advance"]').click();
        await page.locator('stall-decision [part="nav"] button.primary').click();
        const names = await page.locator('stall-decision [part="complaint-route"] .name').allTextContents();
        assert.deepEqual(names.map((name) => name.trim()), routesOfMexico(lang));
        // Their words come in the page's language too (in Spanish, a chunk of the decision helper's own).
        await page.getByText(lang === 'es' ? 'Dónde presentar una queja' : 'Where to raise a complaint', { exact: true }).waitFor();
        const complaintChunks = recording.requests.filter((url) => /complaints/.test(url));
        assert.equal(complaintChunks.length, lang === 'es' ? 1 : 0, complaintChunks.join(', '));
        assert.deepEqual(recording.errors, []);
      } finally {
        await context.close();
      }
    });
  }

  it('a checklist page never fetches them', async () => {
    const { recording } = await firstRenders(`${site.origin}/es.html`);
    assert.deepEqual(recording.requests.filter((url) => /complaints/.test(url)), []);
  });
});
