import { css } from 'lit';

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
 * --stall-color-emergency-surface, --stall-radius, --stall-space.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--stall-font-family, inherit);
    color: var(--stall-color-text, inherit);
    line-height: 1.5;
    --_stall-space: var(--stall-space, 1rem);
    --_stall-radius: var(--stall-radius, 0.5rem);
    --_stall-color-accent: var(--stall-color-accent, light-dark(#0b57a4, #9cc5ff));
    --_stall-color-surface: var(--stall-color-surface, transparent);
    --_stall-color-border: var(--stall-color-border, light-dark(#6b7280, #9ca3af));
    --_stall-color-emergency: var(--stall-color-emergency, light-dark(#a4262c, #ff9a9f));
    --_stall-color-emergency-surface: var(--stall-color-emergency-surface, light-dark(#fdf0f0, #2b1214));
    --_stall-focus-ring: 3px solid var(--stall-color-focus, var(--_stall-color-accent));
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
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_stall-space) * 0.5);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * Question groups, buttons and motion for the components a visitor answers (the checklist, the
 * decision helper): one look for both, themed by the same tokens.
 */
export const controlStyles = css`
  fieldset {
    margin: 0;
    padding: var(--_stall-space);
    border: 1px solid var(--_stall-color-border);
    border-radius: var(--_stall-radius);
    min-inline-size: 0;
  }
  legend {
    padding-inline: 0.25rem;
    font-weight: 700;
  }
  /* One answer: a checkbox or radio button and its label, the whole row a target. Components set
     --_stall-choice-background(-checked) from their own --stall-<component>-* knobs. */
  .choices {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    padding: 0.5rem;
    border-radius: calc(var(--_stall-radius) / 2);
    background: var(--_stall-choice-background, transparent);
    cursor: pointer;
    transition: background-color 150ms ease-out;
  }
  .choice:has(input:checked) {
    background: var(--_stall-choice-background-checked, light-dark(#eef4fb, #1b2a3d));
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
    padding: 0.4rem 0.9rem;
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
`;
