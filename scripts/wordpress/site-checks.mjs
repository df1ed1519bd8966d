// The checks against the running WordPress, in the order a practice would meet them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyText, hostileSettings, logIn, settingsSave, SETTINGS_PATH, uploadBundle, uploadPlugin } from './admin-checks.mjs';
import { blocksPost, HOSTILE_NAME, plainPost, shortcodesPost } from './content.mjs';
import { frontEndChecks, GB_LINES } from './front-end-checks.mjs';
import { CASES, checkZips } from './bundle-zips.mjs';
import { editorChecks } from './editor-checks.mjs';
import { assert, assertIncludes, check } from './harness.mjs';
import { cyclePlugin, renderPost, savePost, storedPractice, uninstallPlugin, USERS } from './php-steps.mjs';
import { readDebugLog, runPhp } from './site.mjs';
import { assertCleanVisit, crisisLines, pluginScripts, tickChecklist, visit } from './visitor-checks.mjs';
import { zipFolder } from './zip.mjs';

export async function runSiteChecks({ site, browser, zipFile }) {
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const adminDialogs = [];
  admin.on('dialog', (dialog) => {
    adminDialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  await logIn(admin, site, 'admin', USERS.admin.password);

  if (!(await check('the zip installs and activates through Plugins → Add New → Upload', () => uploadPlugin(admin, site, zipFile)))) return;
  await check('the settings page saves the practice details (Settings saved, values kept)', () => settingsSave(admin, site));
  await check('a name like <img src=x onerror=alert(1)> is stored as text, a javascript: booking link is refused', async () => {
    await hostileSettings(admin, site, adminDialogs);
    const stored = storedPractice(site);
    assert(stored.name === HOSTILE_NAME && stored.booking_url === 'https://harbour.example/book', `stored: ${JSON.stringify(stored)}`);
  });
  await check('the settings page speaks Spanish to an admin whose language is es_MX (the es_ES translation)', async () => {
    runPhp(site, `return update_user_meta( 1, 'locale', 'es_MX' );`);
    await admin.goto(`${site.url}${SETTINGS_PATH}`);
    const text = await bodyText(admin);
    runPhp(site, `return update_user_meta( 1, 'locale', '' );`);
    for (const expected of ['Nombre de la consulta', 'Reino Unido', 'Pie de crisis en todas las páginas']) assertIncludes(text, expected, 'the settings page in es_MX');
  });
  await check('the privacy policy guide has the suggested text', async () => {
    await admin.goto(`${site.url}/wp-admin/options-privacy.php?tab=policyguide`);
    assertIncludes(await bodyText(admin), 'Your answers stay in your browser.', 'the privacy policy guide');
  });

  const posts = {};
  await check('an Author (no unfiltered_html) saves a post with every block and every shortcode', () => {
    for (const [key, title, content] of [['all', 'Every block and every shortcode', `${blocksPost}\n\n${shortcodesPost}`], ['plain', 'No blocks', plainPost]]) {
      const saved = savePost(site, 'author', title, content);
      assert(saved.id, `saving failed: ${JSON.stringify(saved)}`);
      assert(saved.unfiltered === false, 'the Author has unfiltered_html');
      posts[key] = saved;
    }
    // The checks look at the blocks and at the shortcodes of the one post in turn.
    posts.blocks = posts.all;
    posts.shortcodes = posts.all;
    const stored = posts.all.stored;
    assert(!stored.includes('<script') && !stored.includes('<stall-checklist'), 'kses let the raw tags through, so this test proves nothing');
    for (const block of ['checklist', 'decision', 'article', 'crisis-footer']) assertIncludes(stored, `wp:stall-elements/${block}`, 'the stored post');
    assertIncludes(posts.shortcodes.stored, '[stall_article id="getting-unstuck"]', 'the stored post');
  });
  await check('a Contributor\'s pending post keeps its block and shortcode and renders the components', () => {
    const saved = savePost(site, 'contributor', 'Pending', '<!-- wp:stall-elements/decision /-->\n\n[stall_checklist]', 'pending');
    const html = renderPost(site, saved.id, 'contributor');
    assertIncludes(html, '<stall-decision', 'the rendered post');
    assertIncludes(html, '<stall-checklist', 'the rendered post');
  });
  await check('bad shortcode values are ignored for visitors and explained to editors', () => {
    const visitor = renderPost(site, posts.shortcodes.id, null);
    assert(!visitor.includes('javascript:') && !visitor.includes('stall-elements-note'), 'a visitor sees the bad values or the note');
    assertIncludes(renderPost(site, posts.shortcodes.id, 'author'), 'is not a two-letter country code', 'the post as its Author sees it');
  });

  await frontEndChecks({ site, browser, admin, posts });

  await editorChecks(browser, site);

  const bundles = join(site.dir, 'bundles');
  await check('a zip that is not a practice bundle is refused with a clear message', async () => {
    mkdirSync(join(bundles, 'foreign/chunks'), { recursive: true });
    writeFileSync(join(bundles, 'foreign/stall-elements.js'), 'customElements; stall-practice');
    writeFileSync(join(bundles, 'foreign/chunks/a.js'), '');
    writeFileSync(join(bundles, 'foreign/shell.php'), '<?php echo 1;');
    zipFolder(join(bundles, 'foreign'), join(bundles, 'foreign.zip'));
    const text = await uploadBundle(admin, site, join(bundles, 'foreign.zip'));
    assertIncludes(text, 'The zip holds "foreign/shell.php", which is not part of a practice bundle.', 'the settings page');
    assertIncludes(text, 'In use: the bundled content.', 'the settings page');
  });
  await check('a practice bundle zip (built for the practice and the footer) is accepted, stored in uploads and used on the front end, loaded once', async () => {
    // Built with --tags: its chunks import stall-elements.js by its plain address, so WordPress
    // must name it without ?ver= (or the browser would run it twice, and a component from a chunk
    // would not hear from the practice).
    const built = spawnSync('npx', ['tsx', 'scripts/cli.ts', 'build', '--tags', 'stall-practice,stall-crisis-footer', '--out', join(bundles, 'practice')], { encoding: 'utf8' });
    assert(built.status === 0, `stall-elements build --tags failed: ${built.stdout}${built.stderr}`);
    zipFolder(join(bundles, 'practice'), join(bundles, 'practice.zip'));
    const text = await uploadBundle(admin, site, join(bundles, 'practice.zip'));
    assertIncludes(text, 'Practice bundle uploaded.', 'the settings page');
    const { page, report, close } = await visit(browser, posts.blocks.url);
    try {
      await crisisLines(page, '.wp-block-stall-elements-crisis-footer', GB_LINES);
      await tickChecklist(page, '.wp-block-stall-elements-checklist');
      const scripts = await pluginScripts(page);
      assert(scripts.length === 1 && /^[^?]*\/wp-content\/uploads\/stall-elements\/[^?]+\/stall-elements\.js$/.test(scripts[0].src.replace(site.url, '')), `plugin scripts: ${JSON.stringify(scripts)}`);
      const entries = report.requests.filter((url) => new URL(url).pathname.endsWith('/stall-elements.js'));
      assert(entries.length === 1, `stall-elements.js was requested ${entries.length} times: ${entries.join(', ')}`);
      assertCleanVisit(report, site);
    } finally {
      await close();
    }
  });
  await check('uploading a bundle takes the form\'s nonce and the right to add scripts (an Author is turned away)', async () => {
    const form = (nonce) => ({ action: 'stall_elements_upload_bundle', _wpnonce: nonce, stall_elements_bundle: { name: 'practice.zip', mimeType: 'application/zip', buffer: readFileSync(join(bundles, 'practice.zip')) } });
    const forged = await admin.request.post(`${site.url}/wp-admin/admin-post.php`, { multipart: form('forged'), maxRedirects: 0 });
    assert(forged.status() === 403, `without the nonce: HTTP ${forged.status()}`);
    const authorContext = await browser.newContext();
    try {
      const author = await authorContext.newPage();
      await logIn(author, site, 'author', USERS.author.password);
      const refused = await author.request.post(`${site.url}/wp-admin/admin-post.php`, { multipart: form('forged'), maxRedirects: 0 });
      assert(refused.status() === 403 && (await refused.text()).includes('Only a user who may add scripts'), `as an Author: HTTP ${refused.status()}`);
    } finally {
      await authorContext.close();
    }
  });
  await check('the bundle check refuses a zip with a path out, a link, PHP, another program, or no bundle in it', () => {
    const results = checkZips(site);
    for (const [name, [, expected]] of Object.entries(CASES)) {
      const result = results[name];
      if (expected === null) assert(Array.isArray(result) && result.join() === 'stall-elements.js,chunks/a.js', `${name}: ${JSON.stringify(result)}`);
      else assert(typeof result === 'string' && result.includes(expected), `${name}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(result)}`);
    }
  });
  await adminContext.close();

  await check('the plugin deactivates and activates with WP_DEBUG on and no PHP notice from it in the debug log', () => {
    const cycle = cyclePlugin(site);
    assert(cycle.off && cycle.on && !cycle.error, JSON.stringify(cycle));
    renderPost(site, posts.blocks.id, null);
    renderPost(site, posts.shortcodes.id, 'author');
    const ours = readDebugLog(site).split('\n').filter((line) => /stall[-_]elements|StallElements/i.test(line));
    assert(!ours.length, `the debug log:\n${ours.join('\n')}`);
  });
  await check('deleting the plugin removes its options, its uploads and its files', () => {
    const result = uninstallPlugin(site);
    assert(result.deleted && !result.options.length && !result.uploads && !result.plugin, JSON.stringify(result));
  });
}
