/**
 * The problem the aid is about, under the decision (IPDAS qualifying criterion: describe the
 * health condition or problem), so the aid stands on its own on a page without an article.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Decision } from '../content/kinds.js';
import { trustedHtml } from '../shared/trusted-html.js';

export function renderProblem(decision: Decision): TemplateResult | typeof nothing {
  if (!decision.problemHtml) return nothing;
  return html`<div class="problem" part="problem">${trustedHtml(decision.problemHtml)}</div>`;
}
