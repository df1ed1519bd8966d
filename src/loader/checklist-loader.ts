/**
 * Lazy entry for `<stall-checklist src="…">`: loads a practice's own checklist file and checks
 * it against the same schema as the bundled ones.
 */
import { compileChecklist } from '../content/checklist-kind.js';
import type { Checklist, ContentLanguage } from '../content/kinds.js';
import { identifyContentUrl, loadContent, type LoadOptions } from './load-content.js';
import type { LoadResult } from './load-failure.js';

export function loadChecklist(src: string, pageLanguage: ContentLanguage, options?: LoadOptions): Promise<LoadResult<Checklist>> {
  return loadContent(src, (source, file, render) => compileChecklist(source, file, identifyContentUrl(file, pageLanguage), render), options);
}
