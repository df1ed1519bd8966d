/**
 * Where a component's "Read more" links go (`article-href` templates) and how a link to a section
 * of the same page is followed.
 */

/**
 * A link from `template` with `{article}` and `{section}` filled from `article-id#section`
 * (a checklist theme's `article`, a decision outcome's); undefined without an article. A link to
 * a whole article (no section) drops the empty fragment: `/articles/{article}.html#{section}`
 * gives `/articles/ending-well.html`, not `…html#`.
 */
export function articleLink(template: string, article: string | undefined): string | undefined {
  if (!article) return undefined;
  const [articleId, section = ''] = article.split('#');
  const href = template.replaceAll('{article}', encodeURIComponent(articleId)).replaceAll('{section}', encodeURIComponent(section));
  return section ? href : href.replace(/#$/, '') || '#';
}

/**
 * A "Read more" link (`a.article-link`: a checklist theme's, a decision outcome's) to a section of
 * the page it sits on (`#avoidance`) scrolls to and focuses that section without adding a history
 * entry: the fragment names something the visitor's answers picked, and answers never go into the
 * URL or history. Links to other pages navigate as usual; the page chose to send visitors there.
 * Use it as the click handler of a container of such links.
 */
export function followSamePageLink(event: MouseEvent): void {
  const link = (event.composedPath()[0] as Element | undefined)?.closest?.('a.article-link');
  if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href);
  if (!url.hash || url.href.split('#')[0] !== location.href.split('#')[0]) return;
  const id = decodeURIComponent(url.hash.slice(1));
  const root = link.getRootNode() as ShadowRoot;
  const outer = root.host?.getRootNode() as Document | ShadowRoot | undefined;
  const target = outer?.getElementById?.(id) ?? document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
