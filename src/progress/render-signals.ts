/**
 * The gentle signals the latest check-ins show (flat, going down, a drop in feeling heard), each
 * with what helps: the signs-of-stalling checklist, the getting-unstuck article and a sentence to
 * say at the next session. Never a verdict: the section says so.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Progress } from '../content/kinds.js';
import type { ProgressSignalRule } from '../content/progress-schema.js';
import { articleLink } from '../shared/article-link.js';
import type { ProgressStrings } from './progress-content.js';

export interface SignalsOptions {
  progress: Progress;
  signals: readonly ProgressSignalRule[];
  strings: ProgressStrings;
  /** `article-href`: `{article}` and `{section}` are filled from the signal's `article`. */
  articleHref: string;
  /** `checklist-href`: `{checklist}` is filled with the content's checklist id. */
  checklistHref: string;
}

export function renderSignals({ progress, signals, strings, articleHref, checklistHref }: SignalsOptions): TemplateResult | typeof nothing {
  if (!signals.length) return nothing;
  const checklist = checklistHref.replaceAll('{checklist}', encodeURIComponent(progress.checklist));
  return html`<section class="signals" part="signals" aria-labelledby="signals-heading" lang=${progress.lang}>
    <h4 id="signals-heading">${strings.signalsHeading}</h4>
    <ul class="signal-list" role="list">
      ${signals.map(
        (signal) => html`<li class="signal" part="signal" data-signal=${signal.id}>
          <p>${signal.message}</p>
          <p class="label">${strings.signalStarter}</p>
          <blockquote class="starter" part="starter"><p>${signal.starter}</p></blockquote>
          <ul class="links">
            <li><a class="article-link" part="checklist-link" href=${checklist}>${strings.signalChecklist}</a></li>
            <li><a class="article-link" part="article-link" href=${articleLink(articleHref, signal.article)!}>${strings.signalArticle}</a></li>
          </ul>
        </li>`,
      )}
    </ul>
    <p class="not-a-verdict">${strings.notAVerdict}</p>
  </section>`;
}
