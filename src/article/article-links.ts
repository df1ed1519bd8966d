/**
 * Links from one article to another, written in markdown as `[text](article:getting-unstuck#why)`
 * (or `article:getting-unstuck` for a whole article). The author names the article, not its
 * address: the `<stall-article>` fills its `article-href` template (`/articles/{article}.html#{section}`),
 * so a practice can place the articles at its own URLs. Without a template, a link to a section of
 * the same article becomes `#section`; a link to another article has nowhere known to go and
 * stays as plain text (an `<a>` without `href`), never a dead link.
 */
import { articleLink } from '../shared/article-link.js';

/** The markdown link form's scheme. */
export const ARTICLE_SCHEME = 'article:';
const TARGET = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

/**
 * Rewrites every `article:` link inside `root`. `currentArticle` is the id of the article shown;
 * `template` its `article-href`, if the page set one.
 */
export function resolveArticleLinks(root: ParentNode, currentArticle: string, template: string | undefined): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>(`a[href^="${ARTICLE_SCHEME}" i]`)) {
    const target = link.getAttribute('href')!.slice(ARTICLE_SCHEME.length);
    const [articleId, section] = target.split('#');
    const href = !TARGET.test(target)
      ? undefined
      : articleId === currentArticle && section
        ? `#${section}`
        : template
          ? articleLink(template, target)
          : undefined;
    if (href === undefined) {
      link.removeAttribute('href');
      link.removeAttribute('rel');
      continue;
    }
    link.setAttribute('href', href);
    // Same-page sections scroll and take focus without a history entry (followSamePageLink).
    if (href.startsWith('#')) link.classList.add('article-link');
    if (link.rel && new URL(link.href).origin === location.origin) link.removeAttribute('rel');
  }
}
