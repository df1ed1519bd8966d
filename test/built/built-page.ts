// Builds the library as it ships (the drop-in bundle and the npm build) into a temporary folder,
// serves it with a small HTTP server under a strict Content-Security-Policy, and opens it in
// Chromium with playwright-core, recording what a visitor's browser would see: requests, CSP
// violations, Trusted Types policies, errors and storage. Used by bundle-in-chromium.test.ts.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The Trusted Types policies the library creates: Lit's, for its templates (which also carry the
 * library's one use of unsafeHTML, src/shared/trusted-html.ts), and DOMPurify's, for the run-time
 * loader's sanitiser in a browser without the HTML Sanitizer API. The README's CSP snippet names the same two.
 */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'dompurify'];

/** The strict policy a careful practice would send with its pages. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
].join('; ');

export interface Builds {
  /** The drop-in bundle folder (dist/cdn as shipped). */
  cdn: string;
  /** The npm build folder (dist as shipped). */
  library: string;
  remove(): void;
}

/** Builds both outputs of `npm run build` (without the type declarations) into a temporary folder. */
export async function buildLibrary(): Promise<Builds> {
  const dir = mkdtempSync(path.join(tmpdir(), 'stall-built-'));
  const common = { root: repoRoot, configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'error' as const };
  await build({ ...common, mode: 'production', build: { outDir: path.join(dir, 'dist'), emptyOutDir: true } });
  await build({ ...common, mode: 'cdn', build: { outDir: path.join(dir, 'dist/cdn'), emptyOutDir: false } });
  return { cdn: path.join(dir, 'dist/cdn'), library: path.join(dir, 'dist'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A bundle built for `tags` (`stall-elements build --tags`, the library's own content) into a
 * temporary folder: those tags in its entry file, every other tag in its chunk.
 */
export async function buildForTags(tags: string[]): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'stall-tags-'));
  const { buildOrThrow } = await import('../../scripts/cli/build.js');
  await buildOrThrow({ out: dir, tags }, repoRoot);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every .js file under `dir`. */
export function scriptsIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => file.endsWith('.js') && statSync(file).isFile());
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.md': 'text/markdown', '.markdown': 'text/markdown' };

export interface Site {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `pages` (path → HTML, sent with `csp`), the drop-in bundle under /stall-elements/ and
 * `files` (path → file on disk), on 127.0.0.1, like a practice's website would.
 */
export async function serve(options: { cdn: string; pages: Record<string, string>; files: Record<string, string>; csp: string }): Promise<Site> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store', ...headers });
      response.end(body);
    };
    if (url.pathname in options.pages) return send(200, 'text/html', options.pages[url.pathname], { 'content-security-policy': options.csp });
    let file: string | undefined = options.files[url.pathname];
    if (!file && url.pathname.startsWith('/stall-elements/')) {
      const inside = path.normalize(path.join(options.cdn, url.pathname.slice('/stall-elements/'.length)));
      if (inside.startsWith(options.cdn + path.sep)) file = inside;
    }
    try {
      if (file) return send(200, TYPES[path.extname(file)] ?? 'application/octet-stream', readFileSync(file));
    } catch {
      // Missing: answered below.
    }
    send(404, 'text/plain', 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    // scripts/test.mjs sets CHROME_PATH (scripts/find-chrome.mjs), as for @web/test-runner.
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What the visitor's browser did while the page was open. */
export interface Recording {
  requests: string[];
  /** Requests to any origin but the page's: aborted before they leave the browser. */
  elsewhere: string[];
  errors: string[];
  consoleProblems: string[];
  /** CSP violations reported to the page, and Trusted Types policies created, read from the page. */
  fromPage(): Promise<{ violations: string[]; policies: string[] }>;
}

/**
 * Opens `url` in a fresh context that records requests, errors and CSP reports. The init scripts
 * (and `pageSetUp`, the host page's own doings) run before any of the page's scripts, in the
 * page's own world, but are not subject to its CSP.
 */
export async function openRecorded(browser: Browser, url: string, pageSetUp?: () => void): Promise<{ context: BrowserContext; page: Page; recording: Recording }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 900 } });
  const origin = new URL(url).origin;
  const requests: string[] = [];
  const elsewhere: string[] = [];
  const errors: string[] = [];
  const consoleProblems: string[] = [];
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (new URL(requested).origin === origin) return route.continue();
    elsewhere.push(requested);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    const seen = { violations: [] as string[], policies: [] as string[] };
    (window as unknown as { __stallRecording: typeof seen }).__stallRecording = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`.trim()),
      true,
    );
    const factory = (window as unknown as { trustedTypes?: { createPolicy: (name: string, rules: unknown) => unknown } }).trustedTypes;
    if (factory) {
      const create = factory.createPolicy.bind(factory);
      factory.createPolicy = (name, rules) => {
        seen.policies.push(name);
        return create(name, rules);
      };
    }
  });
  if (pageSetUp) await context.addInitScript(pageSetUp);
  const page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) consoleProblems.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto(url);
  const recording: Recording = {
    requests,
    elsewhere,
    errors,
    consoleProblems,
    fromPage: () => page.evaluate(() => (window as unknown as { __stallRecording: { violations: string[]; policies: string[] } }).__stallRecording),
  };
  return { context, page, recording };
}

/** Everything a site can keep in the visitor's browser, as the page sees it. */
export async function storageOf(page: Page, context: BrowserContext) {
  const inPage = await page.evaluate(async () => ({
    localStorage: Object.fromEntries(Object.entries(localStorage)),
    sessionStorage: Object.fromEntries(Object.entries(sessionStorage)),
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    url: location.href,
    history: history.length,
  }));
  return { ...inPage, cookies: (await context.cookies()).map((cookie) => cookie.name) };
}
