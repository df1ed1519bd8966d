/**
 * Registers every `stall-*` tag. The only module with that side effect: import it (or load the
 * drop-in bundle) once; importing the classes alone registers nothing.
 * Providers come first: a consumer defined before its provider never receives the context.
 * Adding a component: add it here AND to the lazy list of src/autoload.ts (the drop-in bundle,
 * which loads each tag when it appears); test/node/element-lists.test.ts checks that they agree.
 */
import { StallArticle } from './article/stall-article.js';
import { StallChecklist } from './checklist/stall-checklist.js';
import { StallCrisisFooter } from './crisis-footer/stall-crisis-footer.js';
import { StallDecision } from './decision/stall-decision.js';
import { StallPractice } from './practice/stall-practice.js';
import { StallProgress } from './progress/stall-progress.js';

const elements: [tag: string, element: CustomElementConstructor][] = [
  ['stall-practice', StallPractice],
  ['stall-crisis-footer', StallCrisisFooter],
  ['stall-checklist', StallChecklist],
  ['stall-decision', StallDecision],
  ['stall-article', StallArticle],
  ['stall-progress', StallProgress],
];

for (const [tag, element] of elements) {
  // Another copy of the library on the page may have registered the tag already.
  if (!customElements.get(tag)) customElements.define(tag, element);
}

declare global {
  interface HTMLElementTagNameMap {
    'stall-practice': StallPractice;
    'stall-crisis-footer': StallCrisisFooter;
    'stall-checklist': StallChecklist;
    'stall-decision': StallDecision;
    'stall-article': StallArticle;
    'stall-progress': StallProgress;
  }
}
