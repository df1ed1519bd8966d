import { css } from 'lit';
import { answerStorageStyles } from './answer-storage-view.js';

/**
 * The page-level design tokens every component reads, mapped to private `--_stall-*` values with
 * defaults that look at home on a plain page: the host's font and text colour, an accent that keeps
 * 4.5:1 contrast on light and dark surfaces (`light-dark()` follows the page's `color-scheme`).
 *
 * Light or dark follows the `color-scheme` in force: a page that declares `color-scheme: light dark`
 * gets the dark values when the visitor's system prefers dark; `color-scheme: dark` (or `light`) on
 * the element or an ancestor forces one. A plain page (no `color-scheme`) stays light, matching its
 * white canvas. test/theme-contrast.test.ts measures every pair in both.
 *
 * The tokens, documented with `@cssprop` on each component (README: docs/theming.md):
 * --stall-font-family, --stall-color-text, --stall-color-surface, --stall-color-accent,
 * --stall-color-on-accent, --stall-color-border, --stall-color-focus, --stall-color-emergency,
 * --stall-color-emergency-surface, --stall-radius, --stall-space, --stall-block-gap.
 *
 * One spacing scale and one type scale, derived from `--stall-space` and the page's font size, so
 * nothing is spaced "by eye" (GOV.UK's habit): `--_stall-space-xs` (a quarter) to `-xl` (two and a
 * half units); `--_stall-font-size-small`, body (1em), `-h4`, `-h3`, `-h2`.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--stall-font-family, inherit);
    color: var(--stall-color-text, inherit);
    line-height: 1.5;
    --_stall-space: var(--stall-space, 1rem);
    --_stall-space-xs: calc(var(--_stall-space) * 0.25);
    --_stall-space-s: calc(var(--_stall-space) * 0.5);
    --_stall-space-m: var(--_stall-space);
    --_stall-space-l: calc(var(--_stall-space) * 1.5);
    --_stall-space-xl: calc(var(--_stall-space) * 2.5);
    --_stall-font-size-small: 0.875em;
    --_stall-font-size-h4: 1.125em;
    --_stall-font-size-h3: 1.25em;
    --_stall-font-size-h2: 1.5em;
    --_stall-radius: var(--stall-radius, 0.5rem);
    --_stall-color-accent: var(--stall-color-accent, light-dark(#0b57a4, #9cc5ff));
    /* The ticked-row highlight and other tints follow the practice's accent. */
    --_stall-color-accent-tint: color-mix(in srgb, var(--_stall-color-accent) 12%, transparent);
    --_stall-color-surface: var(--stall-color-surface, transparent);
    --_stall-color-border: var(--stall-color-border, light-dark(#6b7280, #9ca3af));
    --_stall-color-emergency: var(--stall-color-emergency, light-dark(#a4262c, #ff9a9f));
    --_stall-color-emergency-surface: var(--stall-color-emergency-surface, light-dark(#fdf0f0, #2b1214));
    --_stall-focus-ring: 3px solid var(--stall-color-focus, var(--_stall-color-accent));
  }
  /* Room between components stacked on a page; the page's own margin on the element wins. */
  :host(:not(:last-child)) {
    margin-block-end: var(--stall-block-gap, var(--_stall-space-xl));
  }
  :host([hidden]) {
    display: none;
  }
  /* Read by screen readers (a live region that speaks), not shown. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  a {
    color: var(--_stall-color-accent);
    text-underline-offset: 0.15em;
  }
  a,
  button,
  input {
    /* WCAG 2.5.8: interactive targets at least 24 by 24 CSS pixels. */
    min-height: 24px;
    min-width: 24px;
  }
  a {
    display: inline-block;
  }
  :focus-visible {
    outline: var(--_stall-focus-ring);
    outline-offset: 2px;
  }
  /* A heading that takes focus from script (a new step, the crisis panel) shows the ring only when
     the visitor is on the keyboard; after a mouse click the browser leaves :focus-visible off. */
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline-offset: 4px;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 var(--_stall-space-s);
  }
  h2 {
    font-size: var(--_stall-font-size-h2);
  }
  h3 {
    font-size: var(--_stall-font-size-h3);
  }
  h4 {
    font-size: var(--_stall-font-size-h4);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * Question groups, buttons, motion and the Remember/Forget controls for the components a visitor
 * answers (the checklist, the decision helper, the check-in): one look, one sheet, themed by the
 * same tokens.
 */
export const controlStyles = css`
  /* A question group is grouped by its title and white space, not a box (GOV.UK, NHS.UK): a title
     that wraps on a phone never sits across a border. */
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  /* A legend normally sits across the fieldset's top edge: a practice that gives the group a
     background or border (::part(questions)) would cut its title in half. Floated, it is an
     ordinary first line inside the group (Bootstrap's reboot does the same). */
  legend {
    float: left;
    inline-size: 100%;
    padding: 0;
    margin-block-end: var(--_stall-space-s);
    font-weight: 700;
    font-size: var(--_stall-font-size-h3);
    line-height: 1.25;
  }
  legend + * {
    clear: left;
  }
  /* One answer: a checkbox or radio button and its label, the whole row a target. Components set
     --_stall-choice-background(-checked) from their own --stall-<component>-* knobs. Every row is
     at least 44 px tall and its box 24 px, the box beside the first line of a label that wraps. */
  .choices {
    list-style: none;
    margin: 0;
    /* The boxes line up with the question's title (one left edge, as GOV.UK's do); the row's inset,
       which frames the ticked tint, sits in the margin before it. */
    margin-inline-start: calc(var(--_stall-space-s) * -1);
    padding: 0;
    display: grid;
    gap: var(--_stall-space-xs);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_stall-space-s) calc(var(--_stall-space) * 0.75);
    box-sizing: border-box;
    min-block-size: 44px;
    padding: 10px var(--_stall-space-s);
    border-radius: calc(var(--_stall-radius) / 2);
    background: var(--_stall-choice-background, transparent);
    cursor: pointer;
    transition: background-color 150ms ease-out;
  }
  .choice:has(input:checked) {
    background: var(--_stall-choice-background-checked, var(--_stall-color-accent-tint));
  }
  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_stall-color-accent);
    cursor: pointer;
  }
  button {
    font: inherit;
    min-block-size: 44px;
    padding: var(--_stall-space-s) var(--_stall-space-m);
    font-weight: 600;
    border: 2px solid var(--_stall-color-accent);
    border-radius: var(--_stall-radius);
    background: transparent;
    color: var(--_stall-color-accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--_stall-color-accent);
    color: var(--stall-color-on-accent, light-dark(#ffffff, #0b1220));
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .choice:has(input:checked) {
      outline: 2px solid Highlight;
    }
    button,
    fieldset {
      border-color: ButtonText;
    }
    button.primary {
      background: ButtonFace;
      color: ButtonText;
    }
  }
  ${answerStorageStyles}
`;
