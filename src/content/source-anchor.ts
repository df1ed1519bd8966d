/**
 * The id of a source's entry in a reference list: the renderer links citation markers to it and
 * the article view gives it to the entry. A module of its own, without marked, so that the view
 * can use it without pulling the renderer into the bundle.
 */
export const sourceAnchor = (id: string) => `source-${id}`;

/** `[^source-id]` in a short text that is not markdown (a decision option's evidence lines). */
export const CITATION_IN_TEXT = /\[\^([a-z0-9-]+)\]/g;

/** The ids a short text cites with `[^source-id]`, for the build-time check that each is a source. */
export const citedIds = (text: string | undefined) => [...(text ?? '').matchAll(CITATION_IN_TEXT)].map((match) => match[1]);
