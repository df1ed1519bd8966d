/**
 * The sanitiser for browsers without the HTML Sanitizer API: DOMPurify, with the policy of
 * sanitise-policy.ts. A lazy chunk of its own, downloaded only by such a browser.
 */
import DOMPurify from 'dompurify';
import {
  ALLOWED_ATTR,
  ALLOWED_TAGS,
  ALLOWED_URI_REGEXP,
  STALL_TAG,
  applyPagePolicy,
  isStallAttributeName,
  keepsId,
  withoutInlineScriptOrStyle,
} from './sanitise-policy.js';

// A private instance: the hooks below must not change DOMPurify for anyone else on the page.
const purifier = DOMPurify(window);

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node instanceof Element) applyPagePolicy(node);
});
purifier.addHook('uponSanitizeAttribute', (node, data) => {
  if (data.attrName === 'id' && !keepsId(node, data.attrValue)) data.keepAttr = false;
});

const config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP,
  FORBID_ATTR: ['style'],
  ALLOW_DATA_ATTR: false,
  CUSTOM_ELEMENT_HANDLING: { tagNameCheck: STALL_TAG, attributeNameCheck: isStallAttributeName, allowCustomizedBuiltInElements: false },
};

export function sanitiseWithDomPurify(dirty: string): string {
  return purifier.sanitize(withoutInlineScriptOrStyle(dirty), config);
}
