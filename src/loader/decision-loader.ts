/**
 * Lazy entry for `<stall-decision src="…">`: loads a practice's own decision file and checks it
 * against the same schema (and graph checks) as the bundled ones.
 */
import { compileDecision } from '../content/decision-kind.js';
import type { ContentLanguage, Decision } from '../content/kinds.js';
import { identifyContentUrl, loadContent, type LoadOptions } from './load-content.js';
import type { LoadResult } from './load-failure.js';

export function loadDecision(src: string, pageLanguage: ContentLanguage, options?: LoadOptions): Promise<LoadResult<Decision>> {
  return loadContent(src, (source, file, render) => compileDecision(source, file, identifyContentUrl(file, pageLanguage), render), options);
}
