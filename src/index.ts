/**
 * stall-elements: the component classes, their context and content types. Importing this module
 * registers no tags; import `stall-elements/define` for that.
 */
export { StallPractice } from './practice/stall-practice.js';
export { practiceContext, type PracticeConfig } from './practice/practice-context.js';
export { StallCrisisFooter } from './crisis-footer/stall-crisis-footer.js';
export { crisisCountries, crisisLinesFor } from './crisis-footer/crisis-data.js';
export type { Crisis } from './content/kinds.js';
