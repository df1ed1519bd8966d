/**
 * Prints one component and nothing else of the page. While printing, the component and every
 * shadow host around it carry `data-stall-printing`, and a document-level constructable stylesheet
 * (allowed by a strict CSP, unlike an inline style) hides the rest of the page for print media.
 * The component's own print styles then hide everything inside it but the summary.
 */
export const PRINTING_ATTRIBUTE = 'data-stall-printing';

const pageSheetText = `@media print {
  body *:not([${PRINTING_ATTRIBUTE}]):not(:has([${PRINTING_ATTRIBUTE}])) { display: none !important; }
  body * { visibility: hidden !important; }
}`;

let active: { host: Element; cleanup: () => void } | undefined;

/** The component and the shadow hosts that contain it, innermost first. */
function hostChain(host: Element): Element[] {
  const chain: Element[] = [];
  for (let el: Element | undefined = host; el; el = (el.getRootNode() as ShadowRoot).host) chain.push(el);
  return chain;
}

/** Marks `host` for printing, opens the print dialog and clears the marks once it closes. */
export function printOnly(host: HTMLElement): void {
  active?.cleanup();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pageSheetText);
  const marked = hostChain(host);
  for (const el of marked) el.setAttribute(PRINTING_ATTRIBUTE, '');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const cleanup = () => {
    for (const el of marked) el.removeAttribute(PRINTING_ATTRIBUTE);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    window.removeEventListener('afterprint', cleanup);
    if (active?.cleanup === cleanup) active = undefined;
  };
  active = { host, cleanup };
  // `afterprint` fires once the dialog closes, whether the visitor printed or cancelled.
  window.addEventListener('afterprint', cleanup);
  window.print();
}

/** Clears the marks of a print of `host` still in progress, e.g. when it leaves the page. */
export function cancelPrintOnly(host: Element): void {
  if (active?.host === host) active.cleanup();
}
