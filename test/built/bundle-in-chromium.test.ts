// The library as it ships, proven in Chromium: the built files contain no eval; a page that uses
// every component from the drop-in bundle, served with a strict Content-Security-Policy (Trusted
// Types required), works with zero violations; and using it makes no request, sends nothing to
// another origin and stores nothing until the visitor opts in. Run by `npm test` (scripts/test.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  buildForTags,
  buildLibrary,
  launchChromium,
  openRecorded,
  repoRoot,
  scriptsIn,
  serve,
  storageOf,
  STRICT_CSP,
  TRUSTED_TYPES_POLICIES,
  type Builds,
  type Site,
} from './built-page.js';
import { components as allComponents } from './page-components.js';

// Only the components src/define.ts registers (decision and article arrived one by one).
const defineSource = readFileSync(path.join(repoRoot, 'src/define.ts'), 'utf8');
const components = allComponents.filter(({ tag }) => defineSource.includes(`'${tag}'`));

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Harbour Therapy: when therapy feels stuck</title>
    <script type="module" src="/stall-elements/stall-elements.js"></script>
  </head>
  <body>
    <stall-practice country="GB" name="Harbour Therapy" phone="020 7946 0000">
      <script type="application/json">{ "email": "hello@harbour.example", "bookingUrl": "https://harbour.example/book" }</script>
      <main>
        <h1>When therapy feels stuck</h1>
        ${components.map((component) => component.markup).join('\n        ')}
      </main>
    </stall-practice>
  </body>
</html>`;

/** A call that runs a string as code, in any of the spellings a bundler leaves. */
const EVAL_LIKE = [
  /(?<![\w$.])eval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /(?<![\w$.])Function\s*\(\s*["'`]/,
  /\bset(?:Timeout|Interval)\s*\(\s*["'`]/,
  // Function kept under another name, to be called later.
  /[=:,(]\s*Function\s*[;,)}]/,
];

/** A page that breaks the policy three ways, to show the test server enforces it. */
const PROBE_PAGE = '<!doctype html><script>window.inlineRan = true</script><script src="/probe.js"></script>';
const PROBE_SCRIPT = path.join(repoRoot, 'test/built/csp-probe.js');

let builds: Builds;
let site: Site;
let browser: Browser;
/** What the page's components read from the site (path → file on disk). */
let files: Record<string, string>;

before(async () => {
  builds = await buildLibrary();
  files = Object.fromEntries(
    components.flatMap((component) => Object.entries(component.files ?? {})).map(([at, file]) => [at, path.join(repoRoot, file)]),
  );
  site = await serve({ cdn: builds.cdn, pages: { '/': page, '/probe.html': PROBE_PAGE }, files: { ...files, '/probe.js': PROBE_SCRIPT }, csp: STRICT_CSP });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  builds?.remove();
});

async function openPage(pageSetUp?: () => void) {
  const opened = await openRecorded(browser, `${site.origin}/`, pageSetUp);
  for (const component of components) await component.ready(opened.page);
  await opened.page.waitForLoadState('networkidle');
  return opened;
}

describe('the built library', () => {
  it('contains no eval, new Function or code in strings', () => {
    const scripts = [...scriptsIn(builds.library)];
    assert.ok(scripts.some((file) => file.endsWith(path.join('cdn', 'stall-elements.js'))), 'the drop-in bundle was built');
    assert.ok(scripts.length >= 5, `only ${scripts.length} files were built`);
    const found = scripts.flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return EVAL_LIKE.flatMap((pattern) => {
        const match = pattern.exec(code);
        return match ? [`${path.relative(builds.library, file)}: …${code.slice(Math.max(0, match.index - 40), match.index + 40)}…`] : [];
      });
    });
    assert.deepEqual(found, []);
  });

  it('has a drop-in entry that imports nothing before it runs: a page asks for the component and core side by side, not core first', () => {
    const entry = readFileSync(path.join(builds.cdn, 'stall-elements.js'), 'utf8');
    assert.doesNotMatch(entry, /^import\b|[;}]import\s*[{*\w][^(]*?from\s*["'`]/m, 'a static import in stall-elements.js');
    // Each tag's loader asks for core and its own chunk in the same breath.
    assert.match(entry, /"stall-checklist":\(\)=>\(import\(`\.\/chunks\/core-[^`]+`\)/);
  });

  it('holds its html and css templates without their indentation and comments (scripts/build/minify-templates.ts)', () => {
    for (const file of [...scriptsIn(builds.cdn), ...scriptsIn(builds.library)].filter((name) => /[\\/](?:core|stall-checklist|checklist)[-.][^\\/]*\.js$/.test(name))) {
      const code = readFileSync(file, 'utf8');
      assert.doesNotMatch(code, /\n {4,}<(?:li|div|label|input)\b/, `${path.relative(builds.library, file)}: an html template still indented`);
      assert.doesNotMatch(code, /\/\* Room between components/, `${path.relative(builds.library, file)}: a CSS comment left in`);
    }
    // Both builds hold the checklist's template, minified.
    const checklist = [...scriptsIn(builds.cdn), ...scriptsIn(builds.library)].filter((file) => readFileSync(file, 'utf8').includes('class="item choice"'));
    assert.ok(checklist.length >= 2, `the checklist's template was found in ${checklist.length} built files`);
    for (const file of checklist) assert.match(readFileSync(file, 'utf8'), /class="item choice" part="item"> <input type="checkbox"/, path.relative(builds.library, file));
  });
});

describe(`a page using every component from the drop-in bundle, under "${STRICT_CSP}"`, () => {
  it('is enforced by the test server: an inline script, eval and an HTML string are refused and reported', async () => {
    const { context, page: tab, recording } = await openRecorded(browser, `${site.origin}/probe.html`);
    await tab.waitForFunction(() => (window as { probed?: boolean }).probed);
    const { violations } = await recording.fromPage();
    // eval of a string meets Trusted Types first: it is refused as a script sink.
    assert.deepEqual(violations.map((violation) => violation.split(':')[0]).sort(), ['require-trusted-types-for', 'require-trusted-types-for', 'script-src-elem']);
    assert.deepEqual(await tab.evaluate(() => [(window as { inlineRan?: boolean }).inlineRan, (window as { evalRan?: boolean }).evalRan]), [undefined, undefined]);
    await context.close();
  });

  it(`works, ${components.length} components in all, with no CSP violation, error or Trusted Types policy beyond ${TRUSTED_TYPES_POLICIES.join(' and ')}`, async () => {
    const { context, page: tab, recording } = await openPage();
    for (const component of components) await component.visit(tab);
    const { violations, policies } = await recording.fromPage();
    assert.deepEqual(violations, []);
    assert.deepEqual(recording.errors, []);
    assert.deepEqual(recording.consoleProblems, []);
    assert.deepEqual([...new Set(policies)].filter((name) => !TRUSTED_TYPES_POLICIES.includes(name)), []);
    assert.ok(policies.includes('lit-html'), `Lit's policy is created: ${policies.join(', ')}`);
    // And the page really is strict: a string into innerHTML is refused.
    const refused = await tab.evaluate(() => {
      const attempts: string[] = [];
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
      } catch (error) {
        attempts.push(`innerHTML: ${(error as Error).name}`);
      }
      return attempts;
    });
    assert.deepEqual(refused, ['innerHTML: TypeError']);
    await context.close();
  });
});

describe('files named by src, on the same page from the drop-in bundle', () => {
  it('are asked for once each, beside the chunks: before their component is defined, not after', async () => {
    const srcFiles = ['/content/own-checklist.en.md', '/content/our-decision.en.md', '/content/our-article.en.md'];
    const { context, page: tab, recording } = await openRecorded(browser, `${site.origin}/`, () => {
      const defined: Record<string, number> = ((window as unknown as { definedAt: Record<string, number> }).definedAt = {});
      for (const tag of ['stall-checklist', 'stall-decision', 'stall-article']) void customElements.whenDefined(tag).then(() => (defined[tag] = performance.now()));
    });
    for (const component of components) await component.ready(tab);
    await tab.waitForLoadState('networkidle');
    const timing = await tab.evaluate((files) => {
      const started = Object.fromEntries(
        performance
          .getEntriesByType('resource')
          .filter((entry) => files.includes(new URL(entry.name).pathname))
          .map((entry) => [new URL(entry.name).pathname, entry.startTime]),
      );
      return { started, defined: (window as unknown as { definedAt: Record<string, number> }).definedAt };
    }, srcFiles);
    for (const [file, tag] of [
      [srcFiles[0], 'stall-checklist'],
      [srcFiles[1], 'stall-decision'],
      [srcFiles[2], 'stall-article'],
    ]) {
      assert.equal(recording.requests.filter((url) => new URL(url).pathname === file).length, 1, `${file}: asked for once`);
      assert.ok(timing.started[file] < timing.defined[tag], `${file} asked for at ${timing.started[file]} ms, <${tag}> defined at ${timing.defined[tag]} ms`);
    }
    assert.deepEqual(recording.errors, []);
    assert.deepEqual(recording.consoleProblems, []);
    await context.close();
  });
});

describe('a bundle built for the tags a site uses (stall-elements build --tags stall-practice,stall-checklist), same page, same policy', () => {
  let tagsBuild: Awaited<ReturnType<typeof buildForTags>>;
  let tagsSite: Site;
  before(async () => {
    tagsBuild = await buildForTags(['stall-practice', 'stall-checklist']);
    tagsSite = await serve({ cdn: tagsBuild.dir, pages: { '/': page }, files, csp: STRICT_CSP });
  });
  after(async () => {
    await tagsSite?.close();
    tagsBuild?.remove();
  });

  it('holds the practice and the checklist in its one entry file, defined before the page has finished loading; every other tag loads from its chunk and works', async () => {
    const { context, page: tab, recording } = await openRecorded(browser, `${tagsSite.origin}/`, () => {
      document.addEventListener('DOMContentLoaded', () => {
        const checklist = document.querySelector('stall-checklist');
        (window as unknown as { atLoaded: string[] }).atLoaded = ['stall-practice', 'stall-checklist', 'stall-crisis-footer'].filter((tag) => customElements.get(tag));
        (window as unknown as { renderedAtLoaded: boolean }).renderedAtLoaded = !!checklist?.shadowRoot?.childElementCount;
      });
    });
    for (const component of components) await component.ready(tab);
    await tab.waitForLoadState('networkidle');
    // The first render comes with the page's first layout: no chunk to wait for.
    assert.deepEqual(await tab.evaluate(() => (window as unknown as { atLoaded: string[] }).atLoaded), ['stall-practice', 'stall-checklist']);
    assert.equal(await tab.evaluate(() => (window as unknown as { renderedAtLoaded: boolean }).renderedAtLoaded), true);
    const chunks = recording.requests.map((url) => new URL(url).pathname).filter((file) => file.includes('/chunks/'));
    assert.deepEqual(chunks.filter((file) => /\/(?:core|stall-practice|stall-checklist)-/.test(file)), [], 'no chunk for what the entry holds');
    assert.ok(chunks.some((file) => /\/stall-crisis-footer-/.test(file)), `the footer came from its chunk: ${chunks.join(', ')}`);
    for (const component of components) await component.visit(tab);
    const { violations } = await recording.fromPage();
    assert.deepEqual(violations, []);
    assert.deepEqual(recording.errors, []);
    assert.deepEqual(recording.consoleProblems, []);
    await context.close();
  });
});

describe('the run-time sanitiser under the same policy', () => {
  const fetchedDomPurify = (requests: string[]) => requests.some((url) => /\/sanitise-dompurify-[\w-]+\.js$/.test(new URL(url).pathname));

  it("uses Chromium's own HTML Sanitizer: DOMPurify is never fetched and makes no Trusted Types policy", async () => {
    const { context, page: tab, recording } = await openPage();
    for (const component of components) await component.visit(tab);
    const { policies } = await recording.fromPage();
    assert.equal(fetchedDomPurify(recording.requests), false, recording.requests.join('\n'));
    assert.ok(!policies.includes('dompurify'), `policies: ${policies.join(', ')}`);
    await context.close();
  });

  it('falls back to DOMPurify in a browser without the Sanitizer API, with no CSP violation or error', async () => {
    const { context, page: tab, recording } = await openPage(() => {
      delete (window as { Sanitizer?: unknown }).Sanitizer;
    });
    for (const component of components) await component.visit(tab);
    const { violations, policies } = await recording.fromPage();
    assert.equal(fetchedDomPurify(recording.requests), true, recording.requests.join('\n'));
    assert.deepEqual(violations, []);
    assert.deepEqual(recording.errors, []);
    assert.deepEqual(recording.consoleProblems, []);
    assert.ok(policies.includes('dompurify'), `policies: ${policies.join(', ')}`);
    await context.close();
  });
});

describe('privacy of a visit, in Chromium with every request logged', () => {
  it('makes no request while the visitor uses every component, and never one to another origin', async () => {
    const { context, page: tab, recording } = await openPage();
    const loaded = recording.requests.length;
    for (const component of components) await component.visit(tab);
    await tab.waitForLoadState('networkidle');
    assert.deepEqual(recording.requests.slice(loaded), [], 'requests made after the page and its chunks loaded');
    assert.deepEqual(recording.elsewhere, []);
    const paths = recording.requests.map((url) => new URL(url)).map((url) => (url.origin === site.origin ? url.pathname : url.href));
    assert.deepEqual(
      paths.filter((at) => at !== '/' && !at.startsWith('/stall-elements/') && !at.startsWith('/content/')),
      [],
      'only the page, the library and the practice\'s own content files are requested',
    );
    await context.close();
  });

  it('stores nothing until the visitor opts in, then one key, and Forget leaves the storage as it was', async () => {
    // The host page keeps something of its own: Forget must leave it alone.
    const { context, page: tab, recording } = await openPage(() => localStorage.setItem('host-page', 'its own'));
    const before = await storageOf(tab, context);
    assert.deepEqual(before.localStorage, { 'host-page': 'its own' });
    const loaded = recording.requests.length;
    for (const component of components) await component.visit(tab);
    assert.deepEqual(await storageOf(tab, context), before, 'storage after using every component');
    const rememberers = components.filter((component) => component.remember);
    assert.ok(rememberers.length, 'some component offers to remember');
    for (const { name, remember } of rememberers) {
      await remember!.tick(tab);
      const opted = await storageOf(tab, context);
      assert.deepEqual(Object.keys(opted.localStorage).sort(), ['host-page', remember!.key].sort(), `${name}: one key once opted in`);
      assert.deepEqual({ ...opted, localStorage: before.localStorage }, before, `${name}: nothing else changed`);
      await remember!.forget(tab);
      assert.deepEqual(await storageOf(tab, context), before, `${name}: after Forget`);
    }
    await tab.waitForLoadState('networkidle');
    assert.deepEqual(recording.requests.slice(loaded), []);
    await context.close();
  });
});
