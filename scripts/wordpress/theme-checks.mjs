// The visitor's page beyond the components' own tests: axe finds nothing in what the plugin
// prints, nothing scrolls sideways at 320 px, and a classic theme (content printed after the
// head, scripts in the footer, as most practice sites still have) works as a block theme does.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { assert } from './harness.mjs';
import { runPhp } from './site.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const PLUGIN_MARKUP = ['.wp-block-stall-elements-checklist', '.wp-block-stall-elements-decision', '.wp-block-stall-elements-article', '.wp-block-stall-elements-crisis-footer', '.stall-elements-shortcode'];

/** axe's WCAG 2.2 AA rules on the plugin's markup (the theme around it is the site's own business). */
export async function assertAccessible(page, selectors = PLUGIN_MARKUP) {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async (include) => {
    const result = await window.axe.run({ include: include.map((selector) => [selector]) }, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, selectors);
  assert(!violations.length, `axe: ${violations.join('; ')}`);
}

/** Nothing wider than a 320 px screen. */
export async function assertNoSidewaysScroll(page) {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.waitForTimeout(300);
  const widest = await page.evaluate(() => {
    // Every element, shadow roots included, that reaches past the screen's right edge.
    const tooWide = [];
    const walk = (root, path) => {
      for (const element of root.querySelectorAll('*')) {
        const right = Math.round(element.getBoundingClientRect().right);
        const name = `${path}${element.localName}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}`;
        if (right > 320) tooWide.push(`${name} "${(element.textContent ?? "").trim().slice(0, 40)}" (${right} px)`);
        if (element.shadowRoot) walk(element.shadowRoot, `${name} › `);
      }
    };
    walk(document, '');
    return { page: document.documentElement.scrollWidth, tooWide };
  });
  assert(widest.page <= 320 && !widest.tooWide.length, `at 320 px the page is ${widest.page} px wide; too wide: ${widest.tooWide.slice(-6).join(', ')}`);
}

const CLASSIC_THEME = {
  'style.css': '/*\nTheme Name: Stall classic test\n*/\nbody { margin: 0 1rem; font-family: sans-serif; }\n',
  'index.php': `<?php ?><!doctype html>
<html <?php language_attributes(); ?>>
<head><meta charset="<?php bloginfo( 'charset' ); ?>"><meta name="viewport" content="width=device-width, initial-scale=1"><?php wp_head(); ?></head>
<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<main id="content">
<?php while ( have_posts() ) : the_post(); ?>
<article><h1><?php the_title(); ?></h1><?php the_content(); ?></article>
<?php endwhile; ?>
</main>
<?php wp_footer(); ?>
</body>
</html>
`,
};

/** Switches the site to a minimal classic theme; returns a function that switches back. */
export function useClassicTheme(site) {
  const dir = join(site.wp, 'wp-content/themes/stall-classic-test');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(CLASSIC_THEME)) writeFileSync(join(dir, name), text);
  const previous = runPhp(site, `$previous = get_stylesheet(); switch_theme( 'stall-classic-test' ); return $previous;`);
  return () => runPhp(site, `switch_theme( '${previous}' ); return true;`);
}
