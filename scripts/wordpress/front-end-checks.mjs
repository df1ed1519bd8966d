// What visitors see on the Author's posts, in Chromium: every component working with the
// practice's settings, nothing from another host, axe clean, 320 px, a classic theme, the site's
// language, no plugin script where no component is used, and the script-module route of
// WordPress 6.5+ (stood in for on Debian's 6.1).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toggleFooter } from './admin-checks.mjs';
import { HOSTILE_NAME } from './content.mjs';
import { assert, check } from './harness.mjs';
import { runPhp } from './site.mjs';
import { assertAccessible, assertNoSidewaysScroll, useClassicTheme } from './theme-checks.mjs';
import { assertCleanVisit, crisisLines, deepCount, deepText, pluginScripts, tickChecklist, visit, waitForText, walkDecision } from './visitor-checks.mjs';

export const GB_LINES = ['999', 'Samaritans'];

export async function frontEndChecks({ site, browser, admin, posts }) {
  await check('front end, the blocks: crisis lines of the United Kingdom, ticking updates the status, the decision reaches an outcome, the article shows', async () => {
    const { page, report, close } = await visit(browser, posts.blocks.url);
    try {
      await crisisLines(page, '.wp-block-stall-elements-crisis-footer', GB_LINES);
      await tickChecklist(page, '.wp-block-stall-elements-checklist');
      await walkDecision(page, '.wp-block-stall-elements-decision');
      await waitForText(page, '.wp-block-stall-elements-article stall-article', 'What is a stall in therapy?');
      await waitForText(page, '.wp-block-stall-elements-crisis-footer stall-crisis-footer', HOSTILE_NAME);
      assert((await deepCount(page, 'img[src="x"]')) === 0, 'the practice name became an <img>');
      const scripts = await pluginScripts(page);
      assert(scripts.length === 1 && scripts[0].type === 'module' && scripts[0].src.startsWith(`${site.url}/wp-content/plugins/stall-elements/assets/bundle/stall-elements.js`), `plugin scripts: ${JSON.stringify(scripts)}`);
      assertCleanVisit(report, site);
    } finally {
      await close();
    }
  });
  await check('front end, the shortcodes on the same page: Irish lines where asked, the checklist and the decision work, the article shows', async () => {
    const { page, report, close } = await visit(browser, posts.shortcodes.url);
    try {
      await crisisLines(page, '.stall-elements-crisis-footer', ['Pieta', 'Samaritans']);
      await tickChecklist(page, '.stall-elements-checklist');
      await walkDecision(page, '.stall-elements-decision');
      await waitForText(page, '.stall-elements-article stall-article', 'Getting unstuck in therapy');
      assert((await page.locator('[article-href^="javascript"]').count()) === 0, 'a javascript: link reached the page');
      assertCleanVisit(report, site);
    } finally {
      await close();
    }
  });
  await check('the plugin\'s markup passes axe (WCAG 2.2 AA) and nothing scrolls sideways at 320 px', async () => {
    const { page, close } = await visit(browser, posts.blocks.url);
    try {
      await crisisLines(page, '.wp-block-stall-elements-crisis-footer', GB_LINES);
      await waitForText(page, '.wp-block-stall-elements-article stall-article', 'What is a stall in therapy?');
      await assertAccessible(page);
      await assertNoSidewaysScroll(page);
    } finally {
      await close();
    }
  });
  await check('a classic theme (content after the head, scripts in the footer): the components work, no emoji images, no other host', async () => {
    const restore = useClassicTheme(site);
    const { page, report, close } = await visit(browser, posts.blocks.url);
    try {
      await crisisLines(page, '.wp-block-stall-elements-crisis-footer', GB_LINES);
      await tickChecklist(page, '.wp-block-stall-elements-checklist');
      await waitForText(page, '.wp-block-stall-elements-article stall-article', 'What is a stall in therapy?');
      const scripts = await pluginScripts(page);
      assert(scripts.length === 1 && scripts[0].type === 'module', `plugin scripts: ${JSON.stringify(scripts)}`);
      assertCleanVisit(report, site);
    } finally {
      await close();
      restore();
    }
  });
  await check('with no language chosen, the components speak the site\'s language (es_MX: Spanish)', async () => {
    // Straight into the table: WordPress accepts only installed languages through update_option(), and
    // Debian's package installs none; the plugin's own Spanish does not depend on them.
    runPhp(site, `$GLOBALS['wpdb']->replace( $GLOBALS['wpdb']->options, array( 'option_name' => 'WPLANG', 'option_value' => 'es_MX', 'autoload' => 'yes' ) ); $practice = get_option( 'stall_elements_practice' ); $practice['language'] = ''; return update_option( 'stall_elements_practice', $practice );`);
    const { page, report, close } = await visit(browser, posts.blocks.url);
    try {
      const practice = await page.evaluate(() => document.querySelector('.wp-block-stall-elements-checklist stall-practice')?.outerHTML.slice(0, 300));
      assert(practice?.includes('lang="es-MX"'), `the practice is not in es-MX: ${practice}`);
      await waitForText(page, '.wp-block-stall-elements-crisis-footer stall-crisis-footer', 'Si necesitas ayuda ahora');
      await waitForText(page, '.wp-block-stall-elements-checklist stall-checklist', 'Señales de que la terapia puede haberse estancado');
      assertCleanVisit(report, site);
    } finally {
      await close();
      runPhp(site, `update_option( 'WPLANG', '' ); $practice = get_option( 'stall_elements_practice' ); $practice['language'] = 'en'; return update_option( 'stall_elements_practice', $practice );`);
    }
  });
  await check('"Another country" shows the advice to call the local emergency number, never another country\'s lines', async () => {
    runPhp(site, `$practice = get_option( 'stall_elements_practice' ); $practice['country'] = 'other'; return update_option( 'stall_elements_practice', $practice );`);
    const { page, close } = await visit(browser, posts.blocks.url);
    try {
      await waitForText(page, '.wp-block-stall-elements-crisis-footer stall-crisis-footer', 'call your local emergency number');
      const text = await deepText(page, '.wp-block-stall-elements-crisis-footer stall-crisis-footer');
      assert(!text.includes('Samaritans') && !text.includes('988'), `another country's lines: ${text.slice(0, 300)}`);
    } finally {
      await close();
      runPhp(site, `$practice = get_option( 'stall_elements_practice' ); $practice['country'] = 'GB'; return update_option( 'stall_elements_practice', $practice );`);
    }
  });
  await check('a page without blocks or shortcodes loads no plugin script', async () => {
    const { page, report, close } = await visit(browser, posts.plain.url);
    try {
      assert((await pluginScripts(page)).length === 0, 'a plugin script is on the page');
      assert(!report.requests.some((url) => url.includes('stall-elements')), 'the page requested a plugin file');
      assert((await deepCount(page, 'stall-crisis-footer')) === 0, 'a crisis footer is on the page');
    } finally {
      await close();
    }
  });
  await check('the site-wide footer: one click on, every page has the crisis lines; one click off', async () => {
    await toggleFooter(admin, site, true);
    const { page, report, close } = await visit(browser, posts.plain.url);
    try {
      await crisisLines(page, '.stall-elements-site-footer', GB_LINES);
      assertCleanVisit(report, site);
    } finally {
      await close();
    }
    await toggleFooter(admin, site, false);
    const after = await visit(browser, posts.plain.url);
    const scripts = await pluginScripts(after.page);
    await after.close();
    assert(scripts.length === 0, 'the plugin script stayed after turning the footer off');
  });
  await check("WordPress 6.5+'s script modules, printed in the head on a block theme: the blocks and the site-wide footer work, with one module tag", async () => {
    /** The crisis lines in `where` on `url`, and one module tag, the script-module route's. */
    const linesWithOneModule = async (url, where) => {
      const { page, report, close } = await visit(browser, url);
      try {
        await crisisLines(page, where, GB_LINES);
        const scripts = await pluginScripts(page);
        assert(scripts.length === 1 && scripts[0].type === 'module', `plugin scripts on ${url}: ${JSON.stringify(scripts)}`);
        assert(await page.evaluate(() => !!document.querySelector('script#stall-elements-js-module')), 'the module tag is not the script-module route\'s');
        assertCleanVisit(report, site);
      } finally {
        await close();
      }
    };
    const standIn = join(site.wp, 'wp-content/mu-plugins/stall-test-script-modules.php');
    writeFileSync(standIn, SCRIPT_MODULES_AS_IN_6_5);
    try {
      // Components in the content render before the head on a block theme: WordPress prints the module.
      await linesWithOneModule(posts.blocks.url, '.wp-block-stall-elements-crisis-footer');
      // The site-wide footer asks for it at wp_footer, after the head: the plugin prints it.
      await toggleFooter(admin, site, true);
      await linesWithOneModule(posts.plain.url, '.stall-elements-site-footer');
    } finally {
      rmSync(standIn, { force: true });
      await toggleFooter(admin, site, false);
    }
  });
}

/**
 * A must-use plugin that stands in for WordPress 6.5's script modules on Debian's 6.1, printing
 * them where 6.5 to 6.7 do (checked by hand on 6.5.5 and 6.7-alpha, see docs/embedding.md): on a
 * block theme in the head, once, so a module asked for later (the site-wide footer, at
 * wp_footer) is never printed by WordPress. Addresses go through script_module_loader_src, as there.
 */
const SCRIPT_MODULES_AS_IN_6_5 = `<?php
if ( ! function_exists( 'wp_enqueue_script_module' ) ) {
	$GLOBALS['stall_test_modules'] = array();
	function wp_enqueue_script_module( $id, $src = '', $deps = array(), $version = false ) {
		$GLOBALS['stall_test_modules'][ $id ] = array( $src, $version );
	}
	add_action(
		'after_setup_theme',
		function () {
			add_action(
				wp_is_block_theme() ? 'wp_head' : 'wp_footer',
				function () {
					foreach ( $GLOBALS['stall_test_modules'] as $id => $module ) {
						$src = apply_filters( 'script_module_loader_src', add_query_arg( 'ver', $module[1], $module[0] ), $id );
						wp_print_script_tag( array( 'type' => 'module', 'src' => $src, 'id' => $id . '-js-module' ) );
					}
				}
			);
		}
	);
}
`;
