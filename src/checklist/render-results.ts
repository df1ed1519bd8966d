/**
 * The results beside the questions: the short live status (count, ranked themes, the band's
 * message, "not a diagnosis") and, outside the live region, the leading themes in detail.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Checklist } from '../content/kinds.js';
import { articleLink } from '../shared/article-link.js';
import { fill, fillText } from '../shared/locale.js';
import { trustedHtml } from '../shared/trusted-html.js';
import type { ChecklistStrings } from './checklist-content.js';
import type { ChecklistResult } from './scoring.js';

/**
 * The sentences of the status region; empty until the visitor has answered something. The band's
 * message comes from the checklist file, so it carries the file's language (`lang`), which may not
 * be the page's: a screen reader then pronounces it right.
 */
export function statusSentences(result: ChecklistResult, strings: ChecklistStrings, answered: boolean, contentLang?: string): { text: string | TemplateResult; lang?: string }[] {
  if (!answered) return [];
  // With only the risk item ticked, "you haven't ticked anything, therapy may feel on track" would
  // be untrue and out of place beside the crisis lines.
  const band = result.risk && !result.count ? '' : (result.band?.message ?? '');
  return [
    result.risk ? strings.statusRisk : '',
    // Counted as the visitor sees them: every box, the risk item too (the themes and the band's
    // message rest on the signs alone).
    fillText(strings.statusCount, { count: String(result.ticked.length), total: String(result.boxes) }),
    // The themes' titles are the file's words inside an interface sentence.
    result.themes.length
      ? html`${fill(strings.statusThemes, { themes: html`<span lang=${contentLang ?? nothing}>${result.themes.map((theme) => theme.title).join('; ')}</span>` })}`
      : '',
    band,
    strings.notDiagnosis,
  ]
    .filter(Boolean)
    .map((text) => (text === band ? { text, lang: contentLang } : { text }));
}

export interface ThemesOptions {
  checklist: Checklist;
  result: ChecklistResult;
  strings: ChecklistStrings;
  articleHref: string;
}

/** The leading themes: the file's words carry the file's `lang`, the labels between them the interface's. */
export function renderLeadingThemes({ checklist, result, strings, articleHref }: ThemesOptions): TemplateResult | typeof nothing {
  if (!result.leading.length) return nothing;
  const contentLang = checklist.lang;
  return html`<ol class="themes">
    ${result.leading.map((theme) => {
      const href = articleLink(articleHref, theme.article);
      return html`<li class="theme" part="theme">
        <h4 lang=${contentLang}>${theme.title}</h4>
        <p class="label">${strings.themeHelps}</p>
        <div class="helps" lang=${contentLang}>${trustedHtml(theme.helpsHtml)}</div>
        <p class="label">${strings.themeStarter}</p>
        <blockquote class="starter" part="starter" lang=${contentLang}><p>${theme.starter}</p></blockquote>
        ${href
          ? html`<a class="article-link" part="article-link" href=${href}>${fill(strings.readMore, { theme: html`<span lang=${contentLang}>${theme.title}</span>` })}</a>`
          : nothing}
      </li>`;
    })}
  </ol>`;
}
