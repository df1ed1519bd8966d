/**
 * Lazy entry for `<stall-checklist src="…">`: loads a practice's own checklist file and checks
 * it against the same schema as the bundled ones.
 */
import { compileChecklist, type Checklist, type ContentLanguage } from '../content/kinds.js';
import { loadContent, type LoadOptions } from './load-content.js';
import type { LoadResult } from './load-failure.js';

/**
 * The id and language of a file named like bundled content, `<id>.<lang>.md` (`our-list.es.md`;
 * `.markdown` and `.txt` work too);
 * without a language in the name, the page's language is expected.
 */
export function identifyChecklistUrl(href: string, pageLanguage: ContentLanguage): { id: string; lang: ContentLanguage } {
  const name = decodeURIComponent(new URL(href).pathname.split('/').pop() ?? '');
  const match = /^(.*?)(?:\.(en|es))?(?:\.(?:md|markdown|txt))?$/i.exec(name);
  const id = (match?.[1] ?? name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'custom';
  return { id, lang: (match?.[2]?.toLowerCase() as ContentLanguage | undefined) ?? pageLanguage };
}

export function loadChecklist(src: string, pageLanguage: ContentLanguage, options?: LoadOptions): Promise<LoadResult<Checklist>> {
  return loadContent(src, (source, file, render) => compileChecklist(source, file, identifyChecklistUrl(file, pageLanguage), render), options);
}
