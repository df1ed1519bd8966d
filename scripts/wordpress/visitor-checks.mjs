// What a visitor sees, in Chromium: the components working on the Author's posts, the practice's
// details shown as text, nothing loaded from another host, and no plugin script where none is used.
import { assert } from './harness.mjs';

/** Opens `url` in a fresh, logged-out context, recording requests, errors and dialogs. */
export async function visit(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const report = { requests: [], errors: [], dialogs: [] };
  page.on('request', (request) => report.requests.push(request.url()));
  page.on('pageerror', (error) => report.errors.push(error.message));
  // A failed load says which address failed ("Failed to load resource" alone names none).
  page.on('console', (message) => message.type() === 'error' && report.errors.push(message.location()?.url ? `${message.text()}: ${message.location().url}` : message.text()));
  page.on('dialog', (dialog) => {
    report.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, report, close: () => context.close() };
}

/** The text of `selector`'s first match, shadow roots included. */
export function deepText(page, selector) {
  return page.evaluate((selector) => {
    const host = document.querySelector(selector);
    if (!host) return null;
    let text = '';
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) text += node.data;
      if (node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.childNodes) walk(child);
    };
    walk(host);
    return text.replace(/\s+/g, ' ');
  }, selector);
}

export async function waitForText(page, selector, expected, timeout = 20_000) {
  const end = Date.now() + timeout;
  let text;
  while (Date.now() < end) {
    text = await deepText(page, selector);
    if (text?.includes(expected)) return text;
    await page.waitForTimeout(200);
  }
  throw new Error(`${selector} never showed ${JSON.stringify(expected)}; it shows ${JSON.stringify((text ?? '(nothing)').slice(0, 400))}`);
}

/** Elements matching `selector` anywhere, shadow roots included. */
export const deepCount = (page, selector) =>
  page.evaluate((selector) => {
    let count = 0;
    const walk = (root) => {
      count += root.querySelectorAll(selector).length;
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
    };
    walk(document);
    return count;
  }, selector);

export async function crisisLines(page, scope, expected) {
  for (const text of expected) await waitForText(page, `${scope} stall-crisis-footer`, text);
}

/** Ticks a sign that is not a risk item, as a visitor would, and reads the status that follows. */
export async function tickChecklist(page, scope) {
  const checklist = page.locator(`${scope} stall-checklist`).first();
  await checklist.locator('[part="item"]', { hasText: 'go round in circles' }).locator('input').click({ timeout: 20_000 });
  const end = Date.now() + 10_000;
  let status = '';
  while (Date.now() < end) {
    status = (await checklist.locator('[part="status"]').textContent()).replace(/\s+/g, ' ');
    if (/Boxes ticked: 1 of \d+\./.test(status)) return;
    await page.waitForTimeout(150);
  }
  throw new Error(`after ticking, the status reads ${JSON.stringify(status)}`);
}

/** Walks the decision helper to an outcome: doing okay, no red flags, continuity, nothing practical, trust mostly there, told the therapist, goals not revisited. */
export async function walkDecision(page, scope) {
  const decision = page.locator(`${scope} stall-decision`).first();
  for (const answer of ['okay', 'none', 'continuity', 'no', 'yes-mostly', 'yes', 'no']) {
    await decision.locator(`[part="step"] input[value="${answer}"]`).click({ timeout: 20_000 });
    await decision.locator('[part="nav"] button.primary').click();
  }
  const heading = (await decision.locator('#outcome-heading').textContent({ timeout: 10_000 })).trim();
  assert(heading === 'One option: look at your goals again together', `the decision helper ended on ${JSON.stringify(heading)}`);
}

/** Only the site's own origin was asked for anything, and nothing went wrong on the page. */
export function assertCleanVisit(report, site) {
  const foreign = report.requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('data:'));
  assert(!foreign.length, `requests to other hosts: ${foreign.join(', ')}`);
  const errors = report.errors.filter((message) => !message.includes('favicon'));
  assert(!errors.length, `errors on the page: ${errors.join(' | ')}`);
  assert(!report.dialogs.length, `dialogs opened: ${report.dialogs.join(', ')}`);
}

/** The plugin's module script tags on the page. */
export const pluginScripts = (page) =>
  page.evaluate(() => [...document.querySelectorAll('script[src]')].filter((script) => script.src.includes('stall-elements')).map((script) => ({ src: script.src, type: script.type })));
