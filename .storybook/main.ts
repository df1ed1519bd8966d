import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Guides (stories/guides/*.mdx) show README.md and docs/*.md; every component gets a docs page.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // No onboarding checklist in the sidebar: the Introduction is where a newcomer starts.
  features: { sidebarOnboardingChecklist: false },
  async viteFinal(config) {
    // vite.config.ts is shared with the library build. Storybook needs its plugins (stallContent
    // compiles the imported content/**/*.md) but none of its library output settings: the builder
    // already drops most of the project's `build` block, and this keeps it that way if that changes.
    if (config.build) {
      delete config.build.lib;
      delete config.build.minify;
      const bundler = config.build.rolldownOptions;
      if (bundler) {
        // Keep Storybook's own settings (font externals, execution order); drop the library's.
        if (bundler.output && !Array.isArray(bundler.output)) {
          delete bundler.output.minify;
          delete bundler.output.chunkFileNames;
        }
        if (Array.isArray(bundler.external)) {
          // lit is external in the library build; Storybook must bundle it.
          bundler.external = bundler.external.filter((pattern) => !(pattern instanceof RegExp && /lit/.test(pattern.source)));
        }
      }
    }
    // Storybook's own manager and docs bundles are large; the size warning says nothing about ours.
    config.build = { ...config.build, chunkSizeWarningLimit: 2000 };
    // The web-components renderer imports `lit/directive-helpers.js`, which the dependency scan
    // misses; pre-bundled with `lit`, the dev server then loads one copy of lit-html, not two.
    config.optimizeDeps = { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'] };
    // The dev server picks its own port (`storybook dev -p 6006`), not the library's 5173.
    if (config.server) delete config.server.port;
    return config;
  },
};

export default config;
