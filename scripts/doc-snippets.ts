/**
 * The embed snippets of docs/embedding.md, as the browser tests run them. A fenced block that
 * follows `<!-- tested: <name> -->` is served at `/__snippets/<name>.js`, built the way a site
 * would build it: JSX by esbuild, a Vue single-file component by Vue's own compiler, a Svelte
 * component by Svelte's, each bundled with its framework. `stall-elements/*` imports resolve,
 * through package.json's `exports`, to the library's source that the test server serves, so the
 * docs, the export map and the components are tried together.
 *
 * Each framework module exports `mount(container)`, which renders the snippet and returns an
 * unmount function; markup snippets (html, wordpress) export their text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import { compile as compileSvelte } from 'svelte/compiler';
import { compileScript, parse as parseVue } from 'vue/compiler-sfc';

const DOC = 'docs/embedding.md';

/** Every tested snippet of the doc, by name. */
export function testedSnippets(root: string): Map<string, { lang: string; code: string }> {
  const doc = readFileSync(path.join(root, DOC), 'utf8');
  const found = new Map<string, { lang: string; code: string }>();
  for (const match of doc.matchAll(/<!-- tested: ([a-z-]+) -->\s*```([a-z]+)\n([\s\S]*?)\n```/g)) {
    found.set(match[1], { lang: match[2], code: match[3] });
  }
  return found;
}

/** `stall-elements/checklist` → `/src/checklist/stall-checklist.ts`, read from the package's export map. */
function sourceOfExport(root: string, specifier: string): string | undefined {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { exports: Record<string, { types?: string } | string> };
  const entry = pkg.exports[`.${specifier.slice('stall-elements'.length)}`];
  if (typeof entry !== 'object' || !entry.types) return undefined;
  return entry.types.replace(/^\.\/dist\/types\//, '/src/').replace(/\.d\.ts$/, '.ts');
}

const mountFor: Record<string, string> = {
  jsx: `import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import * as snippet from 'snippet';
export function mount(container) {
  const root = createRoot(container);
  flushSync(() => root.render(createElement(Object.values(snippet)[0])));
  return () => root.unmount();
}`,
  vue: `import { createApp } from 'vue';
import App from 'snippet';
export function mount(container) {
  const app = createApp(App);
  app.mount(container);
  return () => app.unmount();
}`,
  svelte: `import { flushSync, mount as mountSvelte, unmount } from 'svelte';
import App from 'snippet';
export function mount(container) {
  const app = mountSvelte(App, { target: container });
  flushSync();
  return () => unmount(app);
}`,
  js: `import 'snippet';
export function mount() {
  return () => {};
}`,
};

/** The snippet as a framework's build tooling would hand it to the bundler. */
function compileSnippet(lang: string, code: string): { contents: string; loader: 'js' | 'jsx' } {
  switch (lang) {
    case 'jsx':
    case 'js':
      return { contents: code, loader: lang };
    case 'vue': {
      const { descriptor, errors } = parseVue(code, { filename: 'Snippet.vue' });
      if (errors.length) throw new Error(`the Vue snippet does not parse: ${errors.map(String).join('; ')}`);
      const script = compileScript(descriptor, {
        id: 'snippet',
        inlineTemplate: true,
        // The same setting the doc gives for vite.config.js.
        templateOptions: { compilerOptions: { isCustomElement: (tag: string) => tag.startsWith('stall-') } },
      });
      return { contents: script.content, loader: 'js' };
    }
    case 'svelte':
      return { contents: compileSvelte(code, { filename: 'Snippet.svelte', generate: 'client' }).js.code, loader: 'js' };
    default:
      throw new Error(`no way to run a "${lang}" snippet`);
  }
}

async function bundleSnippet(root: string, lang: string, code: string): Promise<string> {
  const snippet = compileSnippet(lang, code);
  const resolveSnippet: EsbuildPlugin = {
    name: 'doc-snippet',
    setup(bundler) {
      bundler.onResolve({ filter: /^snippet$/ }, () => ({ path: 'snippet', namespace: 'doc-snippet' }));
      bundler.onLoad({ filter: /.*/, namespace: 'doc-snippet' }, () => ({ ...snippet, resolveDir: root }));
      bundler.onResolve({ filter: /^stall-elements(\/.*)?$/ }, ({ path: specifier }) => {
        const source = sourceOfExport(root, specifier);
        return source ? { path: source, external: true } : { errors: [{ text: `package.json exports no "${specifier}"` }] };
      });
    },
  };
  const result = await build({
    stdin: { contents: mountFor[lang], resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    // The JSX transform of React 17 and later, as Vite and Next.js use.
    jsx: 'automatic',
    conditions: ['browser', 'production'],
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [resolveSnippet],
  });
  return result.outputFiles[0].text;
}

/** A @web/dev-server plugin serving `/__snippets/<name>.js`. */
export function docSnippets({ root }: { root: string }) {
  return {
    name: 'doc-snippets',
    async serve(context: { path: string }) {
      const name = /^\/__snippets\/([a-z-]+)\.js$/.exec(context.path)?.[1];
      if (!name) return undefined;
      const snippet = testedSnippets(root).get(name);
      if (!snippet) return { body: `throw new Error(${JSON.stringify(`${DOC} has no snippet marked "tested: ${name}"`)});`, type: 'js' };
      if (snippet.lang === 'html') return { body: `export default ${JSON.stringify(snippet.code)};`, type: 'js' };
      return { body: await bundleSnippet(root, snippet.lang, snippet.code), type: 'js' };
    },
  };
}
