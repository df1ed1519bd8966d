/**
 * What went wrong with a component's content, in words for the page's author: the sentence and
 * the problems of the file. Visitors see a short, calm message instead (render-load-error.ts);
 * the author finds the details in the console, in the `stall-error` event and, in development
 * (a page on localhost, or a component with `debug`), in place of the component.
 */
import { StallErrorEvent } from '../events.js';
import type { LoadErrorStrings } from '../content/schemas.js';
import type { ContentIssue } from '../content/parse.js';
import type { LoadFailure } from '../loader/load-failure.js';
import { fillText, type Language } from './locale.js';

/** A failure to show: the loader's, or no bundled content with the requested id. */
export type ContentFailure = LoadFailure | { kind: 'unknown-id'; id: string; known?: readonly string[] };

/** Host names of a page under development, where the author sees the details in the component. */
export const DEVELOPMENT_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether the details of a failure are shown in `host` itself (they always reach the console). */
export function showsDetails(host: Element): boolean {
  return host.hasAttribute('debug') || DEVELOPMENT_HOSTS.has(location.hostname);
}

/** The sentence that says what went wrong. */
export function describeFailure(failure: ContentFailure, strings: LoadErrorStrings, lang: Language): string {
  switch (failure.kind) {
    case 'unknown-id': {
      const unknown = fillText(strings.errorUnknown, { id: failure.id });
      return failure.known?.length ? `${unknown} ${fillText(strings.errorKnownIds, { ids: failure.known.join(', ') })}` : unknown;
    }
    case 'cross-origin':
      return fillText(strings.errorCrossOrigin, { url: failure.url });
    case 'redirect':
      return fillText(strings.errorRedirect, { url: failure.url });
    case 'http':
      return fillText(strings.errorHttp, { url: failure.url, status: String(failure.status) });
    case 'network':
      return fillText(strings.errorNetwork, { url: failure.url });
    case 'timeout':
      return fillText(strings.errorTimeout, { url: failure.url });
    case 'too-large': {
      const limit = new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte' }).format(failure.limitBytes / 1024 / 1024);
      return fillText(strings.errorTooLarge, { url: failure.url, limit });
    }
    case 'invalid':
      return fillText(strings.errorInvalid, { url: failure.url });
    default: {
      const unexpected: never = failure;
      return String(unexpected);
    }
  }
}

/** Problems listed in full before "…and N more": a hostile file may have thousands. */
export const SHOWN_ISSUES = 10;

/** One problem of a file: `field.path: message (line 12)`. */
export function describeIssue(issue: ContentIssue, strings: LoadErrorStrings): string {
  const line = issue.line ? ` (${fillText(strings.errorLine, { line: String(issue.line) })})` : '';
  return `${issue.path ? `${issue.path}: ` : ''}${issue.message}${line}`;
}

/** The first SHOWN_ISSUES problems, and how many more there are. */
export function shownIssues(failure: ContentFailure): { shown: readonly ContentIssue[]; more: number } {
  const issues = failure.kind === 'invalid' ? failure.issues : [];
  return { shown: issues.slice(0, SHOWN_ISSUES), more: Math.max(0, issues.length - SHOWN_ISSUES) };
}

/**
 * Tells the page's author: a warning in the console with the details, and `stall-error` on the
 * host (bubbling out of an article's shadow root too).
 */
export function reportFailure(host: HTMLElement, failure: ContentFailure, strings: LoadErrorStrings, lang: Language): void {
  const message = describeFailure(failure, strings, lang);
  const { shown, more } = shownIssues(failure);
  const issues = shown.map((issue) => describeIssue(issue, strings));
  if (more) issues.push(fillText(strings.errorMoreIssues, { count: String(more) }));
  console.warn(`<${host.localName}>: ${[message, ...issues.map((issue) => `  - ${issue}`)].join('\n')}`);
  host.dispatchEvent(new StallErrorEvent({ reason: failure.kind, url: 'url' in failure ? failure.url : undefined, message, ...(issues.length ? { issues } : {}) }));
}
