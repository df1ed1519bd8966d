/**
 * Loads the components in Node for prerendering: src/ssr/render-element.ts through a Vite server
 * (no HTTP, no file watching) with the content plugin, so the components see the same content as
 * the drop-in bundle (a practice's folder laid over `content/` with `content`), every file compiled
 * in at once. Vite is a dependency of the package; it is loaded only here.
 */
import path from 'node:path';
import { tmpdir } from 'node:os';
import { stallContent } from '../content/plugin.js';
import { minifiedTemplates } from '../build/minify-templates.js';
import type { ElementToRender } from '../../src/ssr/render-element.js';

export interface ElementRenderer {
  renderElement(element: ElementToRender): Promise<string>;
  bundledArticleFor(id: string, lang: string | undefined): ReturnType<typeof import('../../src/ssr/render-element.js').bundledArticleFor>;
  close(): Promise<void>;
}

export async function openElementRenderer(root: string, content?: string): Promise<ElementRenderer> {
  const vite = await import('vite');
  const server = await vite.createServer({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'error',
    appType: 'custom',
    publicDir: false,
    cacheDir: path.join(tmpdir(), 'stall-elements-vite-render'),
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    // The class settings of tsconfig.json, given here as `stall-elements build` does (no tsconfig inside node_modules).
    oxc: { decorator: { legacy: true }, assumptions: { setPublicClassFields: true }, typescript: { removeClassFieldsWithoutInitializer: true } },
    plugins: [stallContent({ root, practice: content, checked: true, eager: true }), minifiedTemplates()],
  });
  try {
    const module = (await server.ssrLoadModule(path.join(root, 'src/ssr/render-element.ts'))) as typeof import('../../src/ssr/render-element.js');
    return { renderElement: module.renderElement, bundledArticleFor: module.bundledArticleFor, close: () => server.close() };
  } catch (error) {
    await server.close();
    throw error;
  }
}
