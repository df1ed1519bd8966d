import { css } from 'lit';

/**
 * The page-level design tokens every component reads, mapped to private `--_stall-*` values with
 * defaults that look at home on a plain page: the host's font and text colour, an accent that keeps
 * 4.5:1 contrast on light and dark surfaces (`light-dark()` follows the page's `color-scheme`).
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
