// The components on the built test page and what a visitor does with each, for
// bundle-in-chromium.test.ts. A new component is one entry here: its markup, how to tell it is
// ready, and a visit that completes it and checks what the visitor sees.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

export interface PageComponent {
  name: string;
  /** The tag, so the entry is left out while the component does not exist yet. */
  tag: string;
  /** Markup inside the page's `<stall-practice>`. */
  markup: string;
  /** Files the page's website serves: path → file in the repository. */
  files?: Record<string, string>;
  /** Resolves once the component shows its content. */
  ready(page: Page): Promise<void>;
  /** Completes the component as a visitor would, checking what they see. */
  visit(page: Page): Promise<void>;
  /** The localStorage key "Remember on this device" writes, and how to tick it and then Forget. */
  remember?: { key: string; tick(page: Page): Promise<void>; forget(page: Page): Promise<void> };
}

/** The text of what `selector` shows (through a component's shadow root), spaces squashed. */
const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().evaluate((el) => (el.shadowRoot ?? el).textContent)) ?? '').replace(/\s+/g, ' ').trim();

async function tickChecklist(page: Page, id: string, label: RegExp) {
  await page.locator(`#${id}`).getByRole('checkbox', { name: label }).click();
}

/** The "Remember on this device" box and the "Forget my answers" button of the component at `host`. */
const rememberControls = (host: string, key: string): PageComponent['remember'] => ({
  key,
  tick: (page) => page.locator(`${host} [part="storage"]`).getByRole('checkbox').click(),
  forget: (page) => page.locator(host).getByRole('button', { name: 'Forget my answers' }).click(),
});

export const components: PageComponent[] = [
  {
    name: 'the crisis footer, from the practice',
    tag: 'stall-crisis-footer',
    markup: '<stall-crisis-footer id="footer"></stall-crisis-footer>',
    ready: (page) => page.locator('#footer [part="lines"]').waitFor(),
    async visit(page) {
      assert.match(await text(page, '#footer'), /Samaritans/);
      assert.match(await text(page, '#footer [part="practice"]'), /Harbour Therapy.*020 7946 0000/);
    },
  },
  {
    name: 'the bundled checklist: ticks, crisis interrupt, themes and summary',
    tag: 'stall-checklist',
    markup: '<stall-checklist id="checklist"></stall-checklist>',
    ready: (page) => page.locator('#checklist [part="item"]').first().waitFor(),
    async visit(page) {
      await tickChecklist(page, 'checklist', /go round in circles/);
      await tickChecklist(page, 'checklist', /rarely try out ideas/);
      assert.match(await text(page, '#checklist [part="status"]'), /^Boxes ticked: 2 of \d+\./);
      assert.ok(await page.locator('#checklist [part="theme"]').count(), 'themes are shown');
      await tickChecklist(page, 'checklist', /isn't worth living/);
      assert.match(await text(page, '#checklist [part="crisis-panel"]'), /Samaritans/);
      await page.locator('#checklist').getByRole('button', { name: 'Take it to your next session' }).click();
      assert.match(await text(page, '#checklist [part="summary"]'), /\S/);
    },
    remember: rememberControls('#checklist', 'stall-elements:checklist:stalling-signs'),
  },
  {
    name: "a practice's own checklist file (src), sanitised",
    tag: 'stall-checklist',
    markup: '<stall-checklist id="own-checklist" src="/content/own-checklist.en.md"></stall-checklist>',
    files: { '/content/own-checklist.en.md': 'test/fixtures/own-checklist.en.markdown' },
    ready: (page) => page.locator('#own-checklist [part="item"]').first().waitFor(),
    async visit(page) {
      assert.equal(await text(page, '#own-checklist [part="title"]'), 'Harbour Therapy check-in');
      await tickChecklist(page, 'own-checklist', /Sessions feel rushed/);
      assert.match(await text(page, '#own-checklist [part="theme"]'), /Ask for a slower pace/);
      assert.equal(await page.locator('#own-checklist [part="theme"] :is(img, iframe, form, svg, script, [style], [onclick])').count(), 0);
      assert.equal(await page.evaluate(() => (window as { __stallPwned?: unknown }).__stallPwned), undefined);
    },
  },
  {
    name: 'the bundled decision helper, walked to an outcome',
    tag: 'stall-decision',
    markup: '<stall-decision id="decision"></stall-decision>',
    ready: (page) => page.locator('#decision [part="step"]').waitFor(),
    visit: (page) => walkDecision(page, '#decision'),
    remember: rememberControls('#decision', 'stall-elements:decision:switch-therapist'),
  },
  {
    name: "a practice's own decision file (src)",
    tag: 'stall-decision',
    markup: '<stall-decision id="own-decision" src="/content/our-decision.en.md"></stall-decision>',
    files: { '/content/our-decision.en.md': 'content/decisions/switch-therapist.en.md' },
    ready: (page) => page.locator('#own-decision [part="step"]').waitFor(),
    visit: (page) => walkDecision(page, '#own-decision'),
  },
  {
    name: 'the check-in: two check-ins by the visitor, chart and table, crisis lines on a risk answer',
    tag: 'stall-progress',
    markup: '<stall-progress id="progress"></stall-progress>',
    ready: (page) => page.locator('#progress [part="question"]').first().waitFor(),
    async visit(page) {
      for (const values of [[5, 6, 5, 5], [4, 5, 4, 5]]) {
        for (const [i, question] of ['coping', 'heard', 'mattered', 'fit'].entries()) {
          await page.locator(`#progress input[name="${question}"][value="${values[i]}"]`).check();
        }
        await page.locator('#progress').getByRole('button', { name: 'Save this check-in' }).click();
      }
      assert.equal(await page.locator('#progress [part="table"] tbody tr').count(), 2);
      assert.equal(await page.locator('#progress [part="chart"] .overall circle').count(), 2);
      assert.match(await text(page, '#progress [part="summary"]'), /Over your last 2 check-ins/);
      await page.locator('#progress input[name="safety"][value="often"]').check();
      assert.match(await text(page, '#progress [part="crisis-panel"]'), /Samaritans/);
    },
    remember: {
      key: 'stall-elements:progress:session-checkin',
      tick: (page) => page.locator('#progress [part="storage"]').getByRole('checkbox').click(),
      async forget(page) {
        await page.locator('#progress').getByRole('button', { name: 'Forget all check-ins' }).click();
        await page.locator('#progress').getByRole('button', { name: 'Yes, forget them all' }).click();
      },
    },
  },
  {
    name: 'a bundled article, read through its contents and a citation',
    tag: 'stall-article',
    markup: '<stall-article id="article" article="why-progress-stalls"></stall-article>',
    ready: (page) => page.locator('#article .stall-article-text h2').first().waitFor(),
    async visit(page) {
      assert.match(await text(page, '#article [part="title"]'), /\S/);
      const where = () => page.evaluate(() => [location.href, history.length]);
      const before = await where();
      await page.locator('#article [part="toc-link"]').nth(1).click();
      assert.equal(await page.evaluate(() => document.activeElement?.localName), 'h2', 'the section heading has focus');
      await page.locator('#article sup.citation a').first().click();
      assert.equal(await page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.closest('section')?.className), 'stall-article-sources');
      assert.deepEqual(await where(), before, 'no address or history change');
    },
  },
  {
    name: "a practice's own article file (src), with the checklist it embeds",
    tag: 'stall-article',
    markup: '<stall-article id="own-article" src="/content/our-article.en.md"></stall-article>',
    files: { '/content/our-article.en.md': 'content/articles/why-progress-stalls.en.md' },
    ready: (page) => page.locator('#own-article stall-checklist [part="item"]').first().waitFor(),
    async visit(page) {
      assert.ok((await text(page, '#own-article .stall-article-text')).length > 500, 'the text is shown');
      await page.locator('#own-article stall-checklist').getByRole('checkbox', { name: /go round in circles/ }).click();
      assert.match(await text(page, '#own-article stall-checklist [part="status"]'), /^Boxes ticked: 1 of \d+\./);
    },
  },
  {
    name: 'an article written into the page as markdown, sanitised',
    tag: 'stall-article',
    markup: `<stall-article id="inline-article">
          <script type="text/markdown">
            ---
            title: Our approach to feeling stuck
            summary: How we talk about a stall in therapy at Harbour.
            lang: en
            reviewed: 2026-11-01
            sources:
              - id: notes
                citation: "Harbour Therapy (2026). Notes for clients."
            ---
            ## Talking about it {#talking}

            Feeling stuck is common, and saying so helps.[^notes] <img src="/x.png" onerror="window.__stallPwned = 5"><span style="color: red">Red?</span>
          </script>
        </stall-article>`,
    ready: (page) => page.locator('#inline-article .stall-article-text h2').waitFor(),
    async visit(page) {
      assert.equal(await text(page, '#inline-article [part="title"]'), 'Our approach to feeling stuck');
      assert.match(await text(page, '#inline-article .stall-article-text'), /Feeling stuck is common, and saying so helps\.\[1\]\s*Red\?/);
      assert.equal(await page.locator('#inline-article .stall-article-text :is(img, [style], [onerror])').count(), 0);
    },
  },
];

/** Answers each step (the calm answer where there is one) and presses Next until an outcome shows. */
async function walkDecision(page: Page, host: string) {
  for (let step = 0; step < 20 && !(await page.locator(`${host} [part="outcome"]`).count()); step++) {
    const inputs = page.locator(`${host} [part="step"] input`);
    const values = await inputs.evaluateAll((all) => all.map((input) => (input as HTMLInputElement).value));
    const calm = ['okay', 'none'].find((value) => values.includes(value)) ?? values[0];
    await page.locator(`${host} [part="step"] input[value="${calm}"]`).click();
    await page.locator(`${host} [part="nav"] button.primary`).click();
  }
  assert.match(await text(page, `${host} [part="outcome"]`), /\S/);
  assert.ok(await page.locator(`${host} [part="option"]`).count(), 'the options are compared');
}
