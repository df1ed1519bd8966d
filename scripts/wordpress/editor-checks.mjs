// The block editor as an Author: the four blocks are there, a block shows a live preview of the
// real component, and its settings are in the sidebar.
import { assert, check } from './harness.mjs';
import { logIn } from './admin-checks.mjs';
import { USERS } from './php-steps.mjs';
import { runPhp } from './site.mjs';

const BLOCKS = ['stall-elements/checklist', 'stall-elements/decision', 'stall-elements/article', 'stall-elements/crisis-footer'];

export async function editorChecks(browser, site) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await check('the block editor, as an Author: four blocks, a live preview, settings in the sidebar', async () => {
      await logIn(page, site, 'author', USERS.author.password);
      await page.goto(`${site.url}/wp-admin/post-new.php`, { timeout: 60_000 });
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('stall-elements/checklist'), null, { timeout: 60_000 });
      const registered = await page.evaluate((names) => names.filter((name) => window.wp.blocks.getBlockType(name)), BLOCKS);
      assert(registered.length === BLOCKS.length, `registered blocks: ${registered.join(', ')}`);
      await page.evaluate(() => window.wp.data.dispatch('core/block-editor').insertBlocks(window.wp.blocks.createBlock('stall-elements/checklist')));
      await page.waitForFunction(() => document.querySelector('.wp-block-stall-elements-checklist stall-checklist')?.shadowRoot?.querySelector('[part="item"]'), null, { timeout: 30_000 });
      await page.locator('.components-panel label', { hasText: 'Crisis lines for' }).waitFor({ timeout: 10_000 });
      assert((await page.locator('.components-panel label', { hasText: '"Read more" links' }).count()) === 1, 'no "Read more" setting in the sidebar');
      assert(!errors.length, `errors in the editor: ${errors.join(' | ')}`);
    });
    await check('the block editor speaks Spanish to an Author whose language is es_MX (the editor script\'s translations)', async () => {
      runPhp(site, `return update_user_meta( get_user_by( 'login', 'author' )->ID, 'locale', 'es_MX' );`);
      try {
        await page.goto(`${site.url}/wp-admin/post-new.php`, { timeout: 60_000 });
        await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('stall-elements/crisis-footer'), null, { timeout: 60_000 });
        const title = await page.evaluate(() => window.wp.blocks.getBlockType('stall-elements/crisis-footer').title);
        assert(title === 'Pie de crisis', `the block is called ${JSON.stringify(title)}`);
        await page.evaluate(() => window.wp.data.dispatch('core/block-editor').insertBlocks(window.wp.blocks.createBlock('stall-elements/crisis-footer')));
        await page.locator('.components-panel label', { hasText: 'Líneas de crisis de' }).waitFor({ timeout: 10_000 });
      } finally {
        runPhp(site, `return update_user_meta( get_user_by( 'login', 'author' )->ID, 'locale', '' );`);
      }
    });
  } finally {
    await context.close();
  }
}
