/**
 * What prerendering (`stall-elements render`, in Node) knows about the page around the element it
 * is rendering, set by the renderer before each element: the DOM walks the browser does (nearest
 * `lang`) have no tree to walk there. Never read in the browser.
 */
export const serverPage: { lang?: string } = {};
