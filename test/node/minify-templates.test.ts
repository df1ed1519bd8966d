// The build step that takes the indentation and comments out of our html and css templates
// (scripts/build/minify-templates.ts): what it removes, and what it must leave as written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyCssText, minifyHtmlText, minifyTemplates } from '../../scripts/build/minify-templates.js';

test('html: indentation next to a block element goes, indentation between inline content becomes one space', () => {
  assert.equal(minifyHtmlText('<ul>\n  <li>\n    <label>\n      <input type="checkbox">\n      <span>A sign</span>\n    </label>\n  </li>\n</ul>'), '<ul><li><label> <input type="checkbox"> <span>A sign</span> </label></li></ul>');
  // Between inline elements the space is shown, so it stays.
  assert.equal(minifyHtmlText('<strong>Call</strong>\n  <a href="tel:988">988</a>'), '<strong>Call</strong> <a href="tel:988">988</a>');
  // Text that wraps in the source reads with one space.
  assert.equal(minifyHtmlText('<p>Your answers\n    stay here.</p>'), '<p>Your answers stay here.</p>');
  // Attributes on several lines.
  assert.equal(minifyHtmlText('<input\n  type="radio"\n  name="a"\n>'), '<input type="radio" name="a" >');
});

test('html: spaces within a line are never touched, and a template with <pre> or <textarea> is left as written', () => {
  assert.equal(minifyHtmlText('<p>a  b</p> <span>c</span>'), '<p>a  b</p> <span>c</span>');
  const pre = 'const t = html`<pre>\n  kept\n</pre>`;';
  assert.equal(minifyTemplates(pre), pre);
  const textarea = 'const t = html`<div>\n  <textarea>\n a</textarea></div>`;';
  assert.equal(minifyTemplates(textarea), textarea);
});

test('css: comments and spare whitespace go, quoted strings and the spaces values need stay', () => {
  assert.equal(
    minifyCssText('\n  /* The frame. */\n  :host {\n    display: block;\n    margin: calc(1rem + 2px) 0;\n  }\n  .a   .b::before {\n    content: "  /* not a comment */  ";\n  }\n'),
    ' :host{display: block;margin: calc(1rem + 2px) 0;}.a .b::before{content: "  /* not a comment */  ";}',
  );
});

test('only templates tagged html or css are minified, each static part on its own, expressions untouched', () => {
  const code = 'const a = html`<div>\n  ${x}\n  <p>\n    ${y ? html`<span>\n  é\n</span>` : ""}\n  </p>\n</div>`;\nconst s = css`\n  .a {\n  color: red;\n}\n`;\nconst other = `<div>\n  kept\n</div>`;\nconst pic = svg`<g>\n  <line></line>\n</g>`;';
  assert.equal(
    minifyTemplates(code),
    'const a = html`<div>${x}<p>${y ? html`<span> é </span>` : ""}</p></div>`;\nconst s = css`.a{color: red;}`;\nconst other = `<div>\n  kept\n</div>`;\nconst pic = svg`<g>\n  <line></line>\n</g>`;',
  );
});
