/**
 * The drop-in bundle's loader (started by src/drop-in.ts, the entry of `dist/cdn/stall-elements.js`):
 * it registers each `stall-*` tag when it first appears in the document, loading the component from
 * a chunk beside the entry (the page's own origin, found through import.meta.url). A bundle built
 * for its tags (`stall-elements build --tags`) starts it with those components already in the
 * entry: they are defined without a download. A page with only a checklist downloads
 * only the checklist and what it needs; tags added later, by the page's script or in an article's
 * text, load the same way. npm users import `stall-elements/define` instead, which registers
 * everything at once and leaves the splitting to their bundler.
 *
 * Providers first: a consumer defined before its provider never receives the context, so while a
 * provider (`<stall-practice>`) on the page is loading, every other tag waits for it to be defined.
 * All chunks still download side by side (see scripts/build/parallel-chunks.ts).
 *
 * Words and crisis lines in a language other than English are a chunk of their own: a tag is
 * defined once the languages that the page declares (`lang`) are in, so its first render already
 * speaks the page's language (src/shared/language-packs.ts).
 */
/** How the autoloader gets a tag's class: from its chunk, or (built for its tags) from the entry itself. */
export type ElementSource = () => CustomElementConstructor | Promise<CustomElementConstructor>;

/**
 * Every tag and where its class lives, for the drop-in bundle (src/drop-in.ts); each `import()`
 * becomes a chunk of its own. Adding a component: add its line here and in src/define.ts (the npm
 * entry); test/node/element-lists.test.ts checks that the two lists agree. A context provider also
 * goes into `providers` below. A bundle built for its tags lists its own (scripts/build/drop-in.ts).
 */
export const chunkedElements: Record<string, ElementSource> = {
  'stall-practice': () => import('./practice/stall-practice.js').then((module) => module.StallPractice),
  'stall-crisis-footer': () => import('./crisis-footer/stall-crisis-footer.js').then((module) => module.StallCrisisFooter),
  'stall-checklist': () => import('./checklist/stall-checklist.js').then((module) => module.StallChecklist),
  'stall-decision': () => import('./decision/stall-decision.js').then((module) => module.StallDecision),
  'stall-article': () => import('./article/stall-article.js').then((module) => module.StallArticle),
  'stall-progress': () => import('./progress/stall-progress.js').then((module) => module.StallProgress),
};

const providers = new Set(['stall-practice']);

/**
 * The run-time loader (marked, the sanitiser, the schemas) of a tag whose `src` names a file:
 * fetched beside the component's chunk instead of after the component has run. The component
 * imports the same module; a failure shows there.
 */
const runTimeLoaders: Record<string, () => Promise<unknown>> = {
  'stall-checklist': () => import('./loader/checklist-loader.js'),
  'stall-decision': () => import('./loader/decision-loader.js'),
  'stall-article': () => import('./loader/article-loader.js'),
};
const loaderStarted = new Set<string>();

/** Tags whose first render reads answers the visitor asked to keep (src/shared/answer-store.ts). */
const readsStoredAnswers = new Set(['stall-checklist', 'stall-decision', 'stall-progress']);
let storageOpened = false;

/**
 * Opens the page's localStorage while the component's chunks download: the first access costs a
 * slowed phone about 10 ms (the browser loads the storage area), which the first render then does
 * not pay. It reads no key and stores nothing; blocked storage simply throws here.
 */
function openStorageEarly(): void {
  if (storageOpened) return;
  storageOpened = true;
  try {
    void localStorage.length;
  } catch {
    // Blocked by the browser or the site's settings: the component keeps answers in memory.
  }
}

/**
 * The file a `src` names is asked for at once, beside the component's chunks, instead of once the
 * component has arrived and run: a round trip less before it shows. Same origin only, and with
 * the same request src/loader/load-content.ts makes, which takes it over by its address (through
 * the page's global object under this key: the loader lives in a chunk this file must not import).
 * Not taken within 10 s, the loader's own time limit (LOAD_TIMEOUT_MS: the element left, or its
 * src changed), it is let go.
 */
const PREFETCHED = Symbol.for('stall-elements.src-files');
export type PrefetchedFiles = Map<string, { response: Promise<Response>; controller: AbortController }>;

function prefetchFile(src: string): void {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return;
  }
  if (url.origin !== location.origin || !/^https?:$/.test(url.protocol)) return;
  const files = ((globalThis as { [PREFETCHED]?: PrefetchedFiles })[PREFETCHED] ??= new Map());
  if (files.has(url.href)) return;
  const controller = new AbortController();
  const response = fetch(url, { mode: 'same-origin', credentials: 'same-origin', signal: controller.signal });
  response.catch(() => undefined);
  files.set(url.href, { response, controller });
  setTimeout(() => {
    if (files.get(url.href)?.response !== response) return;
    files.delete(url.href);
    controller.abort();
  }, 10_000);
}

const loading = new Set<string>();
/** Settles once every provider asked for so far is defined (or has failed to load). */
let providersDefined: Promise<unknown> = Promise.resolve();

type LanguageModule = Pick<typeof import('./shared/language-packs.js'), 'loadDeclaredLanguages'>;

/**
 * What the entry file gives the autoloader: every tag with where its class comes from, and the
 * language module (src/shared/language-packs.ts). The drop-in bundle's entry loads both from
 * chunks; a bundle built for its tags holds those components and the language module itself, and
 * gives them as they are (`() => StallChecklist`). So that entry contains no `import()` of a module
 * it already holds, which would need the bundler's helper for module objects: a file of its own,
 * and one more round trip before the entry could run.
 */
export interface Entry {
  elements: Record<string, ElementSource>;
  languages: () => LanguageModule | Promise<LanguageModule>;
}
let entry!: Entry;
/** A selector matching every tag of the entry; empty until `start`. */
let tags = '';

function load(tag: string): void {
  if (loading.has(tag) || customElements.get(tag)) return;
  loading.add(tag);
  const isProvider = providers.has(tag);
  const waitFor = isProvider ? undefined : providersDefined;
  // A tag in this very file (a bundle built for its tags) fetches nothing: it is defined a few
  // microtasks from now, in time for the page's first layout.
  const defined = Promise.all([entry.elements[tag](), entry.languages()])
    .then(async ([element, packs]) => {
      // After the providers: a practice may give the language in its settings.
      await waitFor;
      await packs.loadDeclaredLanguages(document);
      // Another copy of the library on the page may have registered the tag already.
      if (!customElements.get(tag)) customElements.define(tag, element);
    })
    .catch((error: unknown) => {
      // Offline, or the chunk is missing from the server: say so, and try again when the tag next appears.
      loading.delete(tag);
      console.error(`stall-elements: <${tag}> could not be loaded: ${String(error)}`);
    });
  if (isProvider) providersDefined = Promise.all([providersDefined, defined]);
  if (readsStoredAnswers.has(tag)) openStorageEarly();
}

function loadTagsIn(root: ParentNode): void {
  if (!tags) return; // not started
  const found = new Set<string>();
  if (root instanceof Element && root.matches(tags)) found.add(root.localName);
  for (const element of root.querySelectorAll(tags)) found.add(element.localName);
  const withSrc = [...root.querySelectorAll('[src]')];
  if (root instanceof Element && root.hasAttribute('src')) withSrc.push(root);
  for (const element of withSrc) {
    const { localName } = element;
    if (!Object.hasOwn(runTimeLoaders, localName)) continue;
    if (!loaderStarted.has(localName)) {
      loaderStarted.add(localName);
      runTimeLoaders[localName]().catch(() => loaderStarted.delete(localName));
    }
    // A tag already defined asks for its file itself, at once.
    if (!customElements.get(localName)) prefetchFile(element.getAttribute('src') ?? '');
  }
  // Providers before the rest, whatever their order on the page.
  for (const tag of found) if (providers.has(tag)) load(tag);
  for (const tag of found) if (!providers.has(tag)) load(tag);
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) loadTagsIn(node);
});

/**
 * Registers the tags used inside `root` too, now and as they are added: for `stall-*` elements
 * inside a shadow root of the page's own components, which the document does not show.
 */
export function watch(root: Document | ShadowRoot): void {
  observer.observe(root, { childList: true, subtree: true });
  loadTagsIn(root);
}

/**
 * A page prerendered by `stall-elements render` (its components' markup already in declarative
 * shadow roots) paints that markup first: the components' chunks are loaded, and so compiled and
 * run, after the first paint, instead of just before it. The markup works meanwhile, and each
 * component takes over what the visitor did there (src/shared/prerendered.ts). Any other page
 * loads its components at once.
 *
 * This file imports nothing, so it asks for nothing before it runs: a static import of a chunk
 * would make every page wait for that chunk before this file could even ask for the component's.
 * So it waits for the paint itself, as src/shared/first-paint.ts does for the components (that
 * module lives in `core`: importing it here had made a prerendered page fetch, compile and run
 * all of lit and the shared code before its first paint).
 */
const afterFirstPaint = () =>
  new Promise<void>((resolve) => {
    if (performance.getEntriesByType('paint').length || document.visibilityState === 'hidden') return resolve();
    // The browser records the first paint once that frame is on screen: only then the chunks.
    if (PerformanceObserver.supportedEntryTypes?.includes('paint')) new PerformanceObserver((_, observer) => (observer.disconnect(), resolve())).observe({ type: 'paint' });
    else requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 1000); // a page whose frames are held back goes on without it
  });

/**
 * Starts the autoloader on the page, with what the entry file gives it: `src/drop-in.ts` (the
 * drop-in bundle), or the entry of a bundle built for its tags.
 */
export function start(given: Entry): void {
  // A second copy of the bundle (the same file by another address, such as `?ver=2`) leaves the
  // page to the first: its components would not hear from the first copy's practice.
  const started = Symbol.for('stall-elements.autoload');
  const first = (globalThis as { [started]?: string })[started];
  if (first !== undefined) {
    console.warn(`stall-elements: the bundle runs twice on this page, as ${first} and as ${import.meta.url}. Load it once, by one address (without a query such as ?ver=).`);
    return;
  }
  (globalThis as { [started]?: string })[started] = import.meta.url;
  entry = given;
  tags = Object.keys(given.elements).join(',');
  const prerendered = [...document.querySelectorAll(tags)].some((element) => element.shadowRoot);
  if (prerendered) void afterFirstPaint().then(() => watch(document));
  else watch(document);
}
