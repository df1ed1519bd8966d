/**
 * stall-elements: the component classes, their context and content types. Importing this module
 * registers no tags; import `stall-elements/define` for that.
 */
export { StallPractice } from './practice/stall-practice.js';
export { practiceContext, type PracticeConfig } from './practice/practice-context.js';
export { StallCrisisFooter } from './crisis-footer/stall-crisis-footer.js';
export { crisisCountries, crisisLinesFor } from './crisis-footer/crisis-data.js';
export { StallChecklist } from './checklist/stall-checklist.js';
export { StallDecision } from './decision/stall-decision.js';
export { StallArticle } from './article/stall-article.js';
export { StallProgress } from './progress/stall-progress.js';
export { StallChangeEvent, type StallChangeDetail, type RankedTheme } from './events.js';
export { StallStepEvent, StallCompleteEvent, type StallStepDetail, type StallCompleteDetail, type DecisionAnswer, type DecisionAnswers } from './events.js';
export { StallLoadEvent, StallErrorEvent, type StallLoadDetail, type StallErrorDetail } from './events.js';
export { StallCheckinEvent, type StallCheckinDetail, type CheckinRecord } from './events.js';
export type { Crisis, Checklist, Decision, Article, Progress } from './content/kinds.js';
