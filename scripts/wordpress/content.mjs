// What the Author writes: one post with every block, one with every shortcode, one with neither.
// A raw <stall-checklist> and a <script> ride along to show that kses is at work for them.
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

export const blocksPost = [
  '<!-- wp:paragraph --><p>Every block, as an Author adds them.</p><!-- /wp:paragraph -->',
  '<!-- wp:stall-elements/checklist {"articleHref":"/?p=1#{section}"} /-->',
  '<!-- wp:stall-elements/decision /-->',
  '<!-- wp:stall-elements/article {"article":"what-is-a-stall"} /-->',
  '<!-- wp:stall-elements/crisis-footer /-->',
  '<!-- wp:html --><stall-checklist></stall-checklist><script>window.authorScript = true;</script><!-- /wp:html -->',
].join('\n\n');

export const shortcodesPost = [
  '<p>Every shortcode, as an Author writes them.</p>',
  '[stall_checklist article-href="/?p=1#{section}"]',
  '[stall_decision]',
  '[stall_article id="getting-unstuck"]',
  '[stall_crisis_footer country="IE"]',
  '[stall_checklist country="not a country" article_href="javascript:alert(1)"]',
].join('\n\n');

export const plainPost = '<!-- wp:paragraph --><p>A page with no Stall elements at all.</p><!-- /wp:paragraph -->';
