/**
 * The id of a source's entry in a reference list: the renderer links citation markers to it and
 * the article view gives it to the entry. A module of its own, without marked, so that the view
 * can use it without pulling the renderer into the bundle.
 */
export const sourceAnchor = (id: string) => `source-${id}`;
