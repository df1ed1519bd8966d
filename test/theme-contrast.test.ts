// WCAG contrast of what the components really render, in light and dark: text at least 4.5:1
// against what is behind it; control borders, checked boxes and focus rings at least 3:1.
// Dark comes from the page's `color-scheme` (`light dark` follows prefers-color-scheme) or from a
// `color-scheme` override; the components never guess from the system alone.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { allPaths } from '../src/decision/decision-flow.js';
import type { StallChecklist } from '../src/checklist/stall-checklist.js';
import type { StallDecision } from '../src/decision/stall-decision.js';
import { settled as checklistSettled, tick } from './fixtures/checklist-helpers.js';
import { choose, settled as decisionSettled, switchTherapist, walk } from './fixtures/decision-helpers.js';
import { backgroundBehind, contrast, describe as name, hex, isShown, painted, parentOf, shadowElements, toRgba, type Rgba } from './fixtures/contrast.js';

interface Scheme {
  title: string;
  prefers: 'light' | 'dark';
  /** The `color-scheme` of the page around the components. */
  page: string;
  dark: boolean;
}

const schemes: Scheme[] = [
  { title: 'light, on a plain page', prefers: 'light', page: 'normal', dark: false },
  { title: 'light, on a light-or-dark page when the system prefers light', prefers: 'light', page: 'light dark', dark: false },
  { title: 'dark, on a light-or-dark page when the system prefers dark', prefers: 'dark', page: 'light dark', dark: true },
  { title: 'dark, through a color-scheme: dark override', prefers: 'light', page: 'dark', dark: true },
  { title: 'light, through a color-scheme: light override on a dark system', prefers: 'dark', page: 'light', dark: false },
];

const TEXT = 4.5;
const CONTROL = 3;

/** A practice page with every component in a state that shows most of its colours. */
async function themedPage(scheme: Scheme, theme = ''): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`
    <main tabindex="-1" style="color-scheme: ${scheme.page}; background: Canvas; color: CanvasText; padding: 1rem; ${theme}">
      <stall-practice name="Harbour Therapy" phone="020 7946 0000" email="hello@harbour.example" country="GB">
        <stall-checklist id="checklist"></stall-checklist>
        <stall-decision id="step"></stall-decision>
        <stall-decision id="outcome"></stall-decision>
        <stall-article article="why-progress-stalls"></stall-article>
        <stall-crisis-footer></stall-crisis-footer>
      </stall-practice>
    </main>
  `);
  const checklist = page.querySelector<StallChecklist>('#checklist')!;
  await checklistSettled(checklist);
  // A risk item brings the crisis panel; the others bring themes and the summary button.
  await tick(checklist, 'go round in circles', "There's a subject I keep steering away from", 'I cancel or move sessions');
  const risk = checklist.shadowRoot!.querySelector<HTMLInputElement>('input[part="checkbox"][value="risk-thoughts"]')!;
  risk.click();
  await checklist.updateComplete;
  checklist.shadowRoot!.querySelector<HTMLButtonElement>('#summary-open')!.click();
  await checklist.updateComplete;

  const article = page.querySelector('stall-article')!;
  await waitUntil(() => article.shadowRoot?.querySelector('[part="title"]'), 'the article did not show');

  const step = page.querySelector<StallDecision>('#step')!;
  await decisionSettled(step);
  const firstAnswer = step.shadowRoot!.querySelector<HTMLInputElement>('[part="step"] input')!;
  await choose(step, firstAnswer.value);

  const outcome = page.querySelector<StallDecision>('#outcome')!;
  await decisionSettled(outcome);
  // The longest path that does not start with a risk answer: it passes the values step and
  // ends on the side-by-side options.
  const path = [...allPaths(switchTherapist)].filter((p) => p.answers[0][1] === 'okay').sort((a, b) => b.answers.length - a.answers.length)[0];
  await walk(outcome, path.answers);
  return page;
}

interface Findings {
  failures: string[];
  text: number;
  controls: number;
}

/** Every shown element with its own text, and every control, against what is behind it. */
function measure(page: HTMLElement): Findings {
  const findings: Findings = { failures: [], text: 0, controls: 0 };
  const check = (el: Element, what: string, fg: Rgba, bg: Rgba, needed: number) => {
    const ratio = contrast(fg, bg);
    if (ratio < needed) findings.failures.push(`${name(el)}: ${what} ${hex(fg)} on ${hex(bg)} is ${ratio.toFixed(2)}:1, needs ${needed}:1`);
  };
  for (const el of shadowElements(page)) {
    if (!isShown(el)) continue;
    const style = getComputedStyle(el);
    const ownText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
    if (ownText) {
      const bg = backgroundBehind(el);
      check(el, 'text', painted(style.color, bg), bg, TEXT);
      findings.text++;
    }
    const isControl = el.localName === 'button' || el.localName === 'select' || (el.localName === 'input' && !['hidden'].includes((el as HTMLInputElement).type));
    if (!isControl || (el as HTMLButtonElement).disabled) continue;
    const behind = backgroundBehind(parentOf(el));
    const fill = toRgba(style.backgroundColor);
    const input = el as HTMLInputElement;
    if ((input.type === 'checkbox' || input.type === 'radio') && el.localName === 'input') {
      // The browser draws the box; when ticked it is filled with accent-color.
      if (input.checked && style.accentColor !== 'auto') check(el, 'ticked box (accent-color)', painted(style.accentColor, behind), behind, CONTROL);
    } else if (fill[3] > 0) {
      check(el, 'filled control', painted(style.backgroundColor, behind), behind, CONTROL);
    } else {
      if (parseFloat(style.borderTopWidth) === 0 || style.borderTopStyle === 'none') {
        findings.failures.push(`${name(el)}: a control with neither border nor fill`);
      } else {
        check(el, 'control border', painted(style.borderTopColor, behind), behind, CONTROL);
      }
    }
    findings.controls++;
  }
  return findings;
}

/** The element that has focus, inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Tabs through the page as a keyboard user does and checks each focus ring it lands on. */
async function measureFocusRings(page: HTMLElement): Promise<{ failures: string[]; stops: number }> {
  const failures: string[] = [];
  const seen = new Set<Element>();
  // Start before the first component, as a visitor arriving at the page does.
  page.focus();
  for (let i = 0; i < 400; i++) {
    await sendKeys({ press: 'Tab' });
    const el = deepActive();
    if (!el || el === document.body || seen.has(el) || !page.contains((el.getRootNode() as ShadowRoot).host ?? el)) {
      if (seen.size) break;
      continue;
    }
    seen.add(el);
    const style = getComputedStyle(el);
    // The browser's own ring (`auto`, e.g. on article text rendered into the page) is drawn in two
    // colours so that it shows on any background.
    if (style.outlineStyle === 'auto') continue;
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
      failures.push(`${name(el)}: no visible focus ring (outline ${style.outlineStyle} ${style.outlineWidth})`);
      continue;
    }
    // The ring is drawn outside the control (outline-offset), over what is behind it.
    const behind = backgroundBehind(parentOf(el));
    const ring = painted(style.outlineColor, behind);
    const ratio = contrast(ring, behind);
    if (ratio < CONTROL) failures.push(`${name(el)}: focus ring ${hex(ring)} on ${hex(behind)} is ${ratio.toFixed(2)}:1, needs ${CONTROL}:1`);
  }
  return { failures, stops: seen.size };
}

describe('theme contrast (every component, light and dark)', function () {
  this.timeout(60000);

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    fixtureCleanup();
    localStorage.clear();
  });

  for (const scheme of schemes) {
    it(`keeps text at ${TEXT}:1 and controls and focus rings at ${CONTROL}:1: ${scheme.title}`, async () => {
      await emulateMedia({ colorScheme: scheme.prefers });
      const page = await themedPage(scheme);

      // The palette really switched: the emergency notice is dark on a dark page, light on a light one.
      const emergency = page.querySelector('stall-crisis-footer')!.shadowRoot!.querySelector('[part="emergency"]')!;
      const surface = backgroundBehind(emergency);
      expect(contrast(surface, [0, 0, 0, 1]) < contrast(surface, [255, 255, 255, 1]), `emergency surface ${hex(surface)}`).to.equal(scheme.dark);

      const { failures, text, controls } = measure(page);
      const focus = await measureFocusRings(page);
      expect([...failures, ...focus.failures], 'colour pairs below the minimum').to.deep.equal([]);
      // Enough was measured for the check to mean something.
      expect(text, 'elements with text').to.be.greaterThan(100);
      expect(controls, 'controls').to.be.greaterThan(30);
      expect(focus.stops, 'focus stops').to.be.greaterThan(30);
    });
  }

  it('names the pairs that fall short when a theme sets low-contrast tokens', async () => {
    const page = await themedPage(schemes[0], '--stall-color-accent: #8fb8e8; --stall-color-text: #9a9a9a;');
    const { failures } = measure(page);
    const focus = await measureFocusRings(page);
    expect(failures.some((f) => /^<stall-checklist> button.*: control border #8fb8e8 on #ffffff is 2\.\d\d:1, needs 3:1$/.test(f)), failures.join('\n')).to.equal(true);
    expect(failures.some((f) => /^<stall-crisis-footer> a.*: text #8fb8e8 on #ffffff is 2\.\d\d:1, needs 4\.5:1$/.test(f)), failures.join('\n')).to.equal(true);
    expect(failures.some((f) => /^<stall-crisis-footer> p\.intro \".*\": text #9a9a9a on #ffffff is 2\.\d\d:1, needs 4\.5:1$/.test(f)), failures.join('\n')).to.equal(true);
    expect(focus.failures.some((f) => /: focus ring #8fb8e8 on #ffffff is 2\.\d\d:1, needs 3:1$/.test(f)), focus.failures.join('\n')).to.equal(true);
  });
});

describe('theme tokens', () => {
  it("takes the page's font and text colour by default, and each --stall-* token when the page sets it", async () => {
    const page = await fixture<HTMLElement>(html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30)">
      <stall-crisis-footer country="GB"></stall-crisis-footer>
    </div>`);
    const footer = page.querySelector('stall-crisis-footer')!;
    await footer.updateComplete;
    const box = () => getComputedStyle(footer.shadowRoot!.querySelector('[part="base"]')!);
    const link = () => getComputedStyle(footer.shadowRoot!.querySelector('[part="line"] a')!);
    expect(box().fontFamily).to.equal('Georgia, serif');
    expect(box().color).to.equal('rgb(10, 20, 30)');

    page.setAttribute(
      'style',
      [
        '--stall-font-family: "Courier New", monospace',
        '--stall-color-text: rgb(1, 2, 3)',
        '--stall-color-accent: rgb(0, 90, 0)',
        '--stall-color-surface: rgb(250, 250, 240)',
        '--stall-color-border: rgb(80, 80, 80)',
        '--stall-color-emergency: rgb(120, 0, 0)',
        '--stall-color-emergency-surface: rgb(255, 240, 240)',
        '--stall-radius: 0px',
        '--stall-space: 2rem',
      ].join('; '),
    );
    expect(box().fontFamily).to.equal('"Courier New", monospace');
    expect(box().color).to.equal('rgb(1, 2, 3)');
    expect(box().backgroundColor).to.equal('rgb(250, 250, 240)');
    expect(box().borderTopColor).to.equal('rgb(80, 80, 80)');
    expect(box().borderTopLeftRadius).to.equal('0px');
    // The footer band is padded by the large step of the spacing scale: 1.5 × --stall-space.
    expect(box().paddingTop).to.equal('48px');
    expect(link().color).to.equal('rgb(0, 90, 0)');
    const emergency = getComputedStyle(footer.shadowRoot!.querySelector('[part="emergency"]')!);
    expect(emergency.borderInlineStartColor).to.equal('rgb(120, 0, 0)');
    expect(emergency.backgroundColor).to.equal('rgb(255, 240, 240)');
  });
});
